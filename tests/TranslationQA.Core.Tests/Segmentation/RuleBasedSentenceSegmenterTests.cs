using TranslationQA.Core.Segmentation;

namespace TranslationQA.Core.Tests.Segmentation;

[TestClass]
public sealed class RuleBasedSentenceSegmenterTests
{
    private readonly RuleBasedSentenceSegmenter _segmenter = new();

    private string Split(string text, string lang) =>
        string.Join(" | ", _segmenter.Segment(text, lang).Select(s => s.Text));

    [TestMethod]
    [DataRow("Er kam z. B. am Montag. Dann ging er.", "Er kam z. B. am Montag. | Dann ging er.")]
    [DataRow("Er kam z.B. am Montag. Dann ging er.", "Er kam z.B. am Montag. | Dann ging er.")]
    [DataRow("Das heißt d. h. Krieg. Er ging.", "Das heißt d. h. Krieg. | Er ging.")]
    [DataRow("Es kamen u. a. Merkel und Scholz. Sie sprachen.", "Es kamen u. a. Merkel und Scholz. | Sie sprachen.")]
    [DataRow("Er bzw. Sie ging. Dann kam Dr. Müller mit Prof. Schmidt.", "Er bzw. Sie ging. | Dann kam Dr. Müller mit Prof. Schmidt.")]
    [DataRow("Es waren ca. 100 Menschen. Das ist Nr. 5 der Liste.", "Es waren ca. 100 Menschen. | Das ist Nr. 5 der Liste.")]
    [DataRow("Die Truppen (Russen, Anm. d. Red.) kehren zurück. Gut.", "Die Truppen (Russen, Anm. d. Red.) kehren zurück. | Gut.")]
    [DataRow("Er flog nach St. Petersburg. Dort blieb er.", "Er flog nach St. Petersburg. | Dort blieb er.")]
    [DataRow("Äpfel, Birnen usw. Die Liste ist lang.", "Äpfel, Birnen usw. | Die Liste ist lang.")]
    [DataRow("US-Präsident Joe R. Biden sprach. Er warnte.", "US-Präsident Joe R. Biden sprach. | Er warnte.")]
    [DataRow("Die Gespräche beginnen am 10. Januar in Genf. Sie dauern.", "Die Gespräche beginnen am 10. Januar in Genf. | Sie dauern.")]
    [DataRow("Am 13. Januar tagt die OSZE. Danach folgt mehr.", "Am 13. Januar tagt die OSZE. | Danach folgt mehr.")]
    [DataRow("Das Treffen ist am 21. Januar 2022. Die Lage ist ernst.", "Das Treffen ist am 21. Januar 2022. | Die Lage ist ernst.")]
    [DataRow("Es gilt der 5. Artikel des Vertrags.", "Es gilt der 5. Artikel des Vertrags.")]
    [DataRow("Es gilt Artikel 5. Die Nato reagiert.", "Es gilt Artikel 5. | Die Nato reagiert.")]
    [DataRow("1. Die Regierung tagt heute.", "1. Die Regierung tagt heute.")]
    [DataRow("Rund 100.000 Soldaten und 1,5 Millionen Euro. Um 11.00 Uhr begann es.", "Rund 100.000 Soldaten und 1,5 Millionen Euro. | Um 11.00 Uhr begann es.")]
    [DataRow("Er sagte: „Wir kommen.“ Dann ging er.", "Er sagte: „Wir kommen.“ | Dann ging er.")]
    [DataRow("Er sagte: »Wir kommen.« Dann ging er.", "Er sagte: »Wir kommen.« | Dann ging er.")]
    [DataRow("„Wir kommen!“, rief er. Dann ging er.", "„Wir kommen!“, rief er. | Dann ging er.")]
    [DataRow("Er zögerte … Dann ging er.", "Er zögerte … | Dann ging er.")]
    [DataRow("Er zögerte … und ging.", "Er zögerte … und ging.")]
    [DataRow("„Wir haben […] gewartet.“ Er ging.", "„Wir haben […] gewartet.“ | Er ging.")]
    [DataRow("Moskau hat gedroht.Die Nato reagiert.", "Moskau hat gedroht. | Die Nato reagiert.")]
    [DataRow("Der Beschluss wurde gefasst.„Wir sind bereit“, sagte er.", "Der Beschluss wurde gefasst. | „Wir sind bereit“, sagte er.")]
    [DataRow("Sie hörten auf.Er ging.", "Sie hörten auf. | Er ging.")]
    [DataRow("Quelle: www.dhnet.be", "Quelle: www.dhnet.be")]
    [DataRow("Mehr auf www.Spiegel.De und bei example.com. Ende.", "Mehr auf www.Spiegel.De und bei example.com. | Ende.")]
    [DataRow("Wirklich? Ja! Gut.", "Wirklich? | Ja! | Gut.")]
    [DataRow("Biden bietet Putin einen Kanal an", "Biden bietet Putin einen Kanal an")]
    public void Segment_WhenGermanText_SplitsAtSentenceEndsOnly(string text, string expected) =>
        Assert.AreEqual(expected, Split(text, "de"));

    [TestMethod]
    [DataRow("Mr. Biden met Mrs. Clinton. They talked.", "Mr. Biden met Mrs. Clinton. | They talked.")]
    [DataRow("Dr. Smith arrived. He left.", "Dr. Smith arrived. | He left.")]
    [DataRow("The U.S. President spoke. The U.K. agreed.", "The U.S. President spoke. | The U.K. agreed.")]
    [DataRow("Troops left the U.S. The talks began.", "Troops left the U.S. | The talks began.")]
    [DataRow("Talks start on Jan. 10 in Geneva. They end soon.", "Talks start on Jan. 10 in Geneva. | They end soon.")]
    [DataRow("Some allies, e.g. France, agreed. Others, i.e. Germany, did not.", "Some allies, e.g. France, agreed. | Others, i.e. Germany, did not.")]
    [DataRow("It is Russia vs. Ukraine. War looms.", "It is Russia vs. Ukraine. | War looms.")]
    [DataRow("He lives at No. 10 Downing Street. He left.", "He lives at No. 10 Downing Street. | He left.")]
    [DataRow("Joe R. Biden called. Putin answered.", "Joe R. Biden called. | Putin answered.")]
    [DataRow("About 100,000 troops and 3.5 billion dollars. It grew.", "About 100,000 troops and 3.5 billion dollars. | It grew.")]
    [DataRow("\"We are ready.\" He left.", "\"We are ready.\" | He left.")]
    [DataRow("He said “we are ready.” Then he left.", "He said “we are ready.” | Then he left.")]
    [DataRow("He said ‘no.’ Then he left.", "He said ‘no.’ | Then he left.")]
    [DataRow("\"Are you ready?\" he asked.", "\"Are you ready?\" he asked.")]
    [DataRow("He waited... Then he left.", "He waited... | Then he left.")]
    [DataRow("He threatened.Russia denied it.", "He threatened. | Russia denied it.")]
    [DataRow("He said so.“We are ready,” he added.", "He said so. | “We are ready,” he added.")]
    [DataRow("Visit example.com or the U.S.A. today.", "Visit example.com or the U.S.A. today.")]
    [DataRow("Blinken Warns Russia Over Ukraine", "Blinken Warns Russia Over Ukraine")]
    public void Segment_WhenEnglishText_SplitsAtSentenceEndsOnly(string text, string expected) =>
        Assert.AreEqual(expected, Split(text, "en"));

    [TestMethod]
    [DataRow("M. Macron a parlé. Il est parti.", "M. Macron a parlé. | Il est parti.")]
    [DataRow("Mme Dupont et MM. Durand sont là. Ils parlent.", "Mme Dupont et MM. Durand sont là. | Ils parlent.")]
    [DataRow("César est mort en 44 av. J.-C. Rome a changé.", "César est mort en 44 av. J.-C. | Rome a changé.")]
    [DataRow("Des pommes, des poires, etc. Le marché est plein.", "Des pommes, des poires, etc. | Le marché est plein.")]
    [DataRow("Il a dit « nous venons. » Puis il est parti.", "Il a dit « nous venons. » | Puis il est parti.")]
    [DataRow("« Nous sommes prêts ! » a-t-il dit.", "« Nous sommes prêts ! » a-t-il dit.")]
    [DataRow("Environ 100 000 soldats et 1,5 milliard. Il a menacé.La Russie dément.", "Environ 100 000 soldats et 1,5 milliard. | Il a menacé. | La Russie dément.")]
    [DataRow("Le 10 janvier. Les discussions commencent.", "Le 10 janvier. | Les discussions commencent.")]
    [DataRow("Source : www.dhnet.be", "Source : www.dhnet.be")]
    [DataRow("Vraiment ? Oui.", "Vraiment ? | Oui.")]
    public void Segment_WhenFrenchText_SplitsAtSentenceEndsOnly(string text, string expected) =>
        Assert.AreEqual(expected, Split(text, "fr"));

    [TestMethod]
    public void Segment_WhenSeveralLines_SentencesNeverCrossLinesAndBlankLinesAreSkipped()
    {
        var result = _segmenter.Segment("Titel ohne Punkt\n\n  Er kam. Sie ging\nweiter.\n", "de");

        CollectionAssert.AreEqual(
            new[] { "Titel ohne Punkt", "Er kam.", "Sie ging", "weiter." },
            result.Select(s => s.Text).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 1, 2, 3 }, result.Select(s => s.Index).ToArray());
    }

    [TestMethod]
    [DataRow(0, 0, 16, 1, 1)]
    [DataRow(1, 20, 7, 3, 3)]
    [DataRow(2, 28, 8, 3, 11)]
    [DataRow(3, 37, 7, 4, 1)]
    public void Segment_WhenTextHasIndentAndBlankLines_SpansLocateTrimmedSentences(int sentence, int offset, int length, int line, int column)
    {
        const string text = "Titel ohne Punkt\n\n  Er kam. Sie ging\nweiter.\n";

        var span = _segmenter.Segment(text, "de")[sentence].Span;

        Assert.AreEqual((offset, length, line, column), (span.Offset, span.Length, span.Line, span.Column));
        Assert.AreEqual(_segmenter.Segment(text, "de")[sentence].Text, text.Substring(span.Offset, span.Length));
    }

    [TestMethod]
    public void Segment_WhenGluedSentences_SpansStillPointIntoDocument()
    {
        const string text = "Vorspann\nMoskau hat gedroht.Die Nato reagiert.";

        var result = _segmenter.Segment(text, "de");

        Assert.AreEqual(new Core.Model.TextSpan(28, 18, 2, 20), result[2].Span);
        Assert.AreEqual("Die Nato reagiert.", text.Substring(result[2].Span.Offset, result[2].Span.Length));
    }

    [TestMethod]
    public void Segment_WhenEmptyText_ReturnsNoSentence() =>
        Assert.IsEmpty(_segmenter.Segment("\n \n", "en"));
}
