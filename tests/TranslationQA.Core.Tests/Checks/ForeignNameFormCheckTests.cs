using TranslationQA.Core.Checks.Names;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class ForeignNameFormCheckTests
{
    private static List<Finding> Run(string german)
    {
        var target = new TranslationQA.Core.Segmentation.RuleBasedSentenceSegmenter().Segment(german, "de");
        var article = new Article("a", "fr", "de", null, german, "a/target.de.txt");
        var analysis = new ArticleAnalysis(article, [], target, [.. target.Select(_ => new SentenceBackTranslation("", []))], [], [], "fr", true);
        return [.. new ForeignNameFormCheck().Run(analysis)];
    }

    [TestMethod]
    [DataRow("Joe Biden und Vladimir Poutine werden am Donnerstag telefonieren.", "Poutine", "Putin")]
    [DataRow("Die Gespräche finden in Genève statt.", "Genève", "Genf")]
    [DataRow("Der Kremlin bestätigte das Treffen in Moscou.", "Kremlin", "Kreml")]
    public void Run_WhenNameKeepsItsForeignForm_FlagsItWithTheGermanForm(string german, string flagged, string expected)
    {
        var finding = Run(german).First();

        Assert.AreEqual(flagged, finding.TargetText);
        StringAssert.Contains(finding.Message, $"\"{expected}\"");
        Assert.AreEqual(german.IndexOf(flagged, StringComparison.Ordinal) + 1, finding.Span.Column);
    }

    [TestMethod]
    [DataRow("Wladimir Putin empfing den Gast in Moskau.")]
    [DataRow("Russische Truppen sind in Belarus eingetroffen.")]
    [DataRow("Die Verhandlungen in Genf blieben ergebnislos.")]
    [DataRow("Der Hafen von Odesa wurde wieder geöffnet.")]
    public void Run_WhenNamesAreInTheirGermanForm_StaysQuiet(string german)
    {
        Assert.IsEmpty(Run(german));
    }
}
