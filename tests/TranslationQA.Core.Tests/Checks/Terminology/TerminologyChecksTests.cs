using TranslationQA.Core.Checks.Terminology;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks.Terminology;

[TestClass]
public sealed class TerminologyChecksTests
{
    private static readonly GlossaryEntry Call = new("terms.csv line 2", [new("appel", "fr"), new("phone call", "en")],
        ["Telefonat", "Telefongespräch", "Anruf"], ["Berufung*", "Appell"], "A call between leaders is a phone call.", false, Severity.Critical);

    private static readonly GlossaryEntry Zelensky = new("terms.csv line 3", [], ["Selenskyj"], ["Zelensky", "Selensky"], "House style", false, Severity.Major);

    private static readonly GlossaryEntry Nato = new("terms.csv line 4", [], ["NATO"], ["Nato"], null, true, Severity.Minor);

    private static readonly Glossary Terms = Glossary.Of([Call, Zelensky, Nato]);

    [TestMethod]
    public void ForbiddenTerm_WhenTheAfpSeedSentenceHasBerufungsverfahrenForAppel_FlagsItWithTheEntrysSeverityAndNote()
    {
        var analysis = Analysis("Biden bietet Putin im Berufungsverfahren am Donnerstag einen Kanal an.",
            "Biden offre à Poutine un canal lors d'un appel jeudi.", "fr");

        var finding = new ForbiddenTermCheck(Terms).Run(analysis).Single();

        Assert.AreEqual("TQA032", finding.RuleId);
        Assert.AreEqual("Berufungsverfahren", finding.TargetText);
        Assert.AreEqual("Terminology/Wrong term", finding.Category);
        Assert.AreEqual(Severity.Critical, finding.Severity);
        Assert.AreEqual("appel", finding.SourceText);
        StringAssert.Contains(finding.Message, "use \"Telefonat\" or \"Telefongespräch\" or \"Anruf\"");
        StringAssert.Contains(finding.Message, "terms.csv line 2; note: A call between leaders is a phone call.");
    }

    [TestMethod]
    [DataRow("Biden wird Putin in einem Appell einen Weg anbieten.", "Biden proposera à Poutine lors d'un appel une voie.", "Appell")]
    [DataRow("Das zweite Telefonat mit Zelensky.", "Le deuxième appel avec Zelensky.", "Zelensky")]
    [DataRow("Die Nato tagt.", "L'OTAN se réunit.", "Nato")]
    public void ForbiddenTerm_WhenAForbiddenTermStands_FlagsIt(string target, string source, string expected)
    {
        var findings = new ForbiddenTermCheck(Terms).Run(Analysis(target, source, "fr")).ToList();

        Assert.AreEqual(expected, findings.Single().TargetText);
    }

    [TestMethod]
    [DataRow("Das Gericht wies die Berufung ab.", "Le tribunal a rejeté le recours.")]
    [DataRow("Die NATO tagt.", "L'OTAN se réunit.")]
    [DataRow("Das Telefonat mit Selenskyj dauerte eine Stunde.", "L'appel avec Zelensky a duré une heure.")]
    public void ForbiddenTerm_WhenTheSourceHasNotTheEntrysTermOrTheCaseDiffers_FindsNothing(string target, string source)
    {
        Assert.IsEmpty(new ForbiddenTermCheck(Terms).Run(Analysis(target, source, "fr")).ToList());
    }

    [TestMethod]
    public void ForbiddenTerm_WhenTheArticleHasNoSource_ChecksTheGermanAlone()
    {
        var analysis = new AnalysisBuilder("Das Gericht wies die Berufung ab.\nDer Präsident Selensky sprach.", lang: "fr").Build();

        var findings = new ForbiddenTermCheck(Terms).Run(analysis).Select(f => f.TargetText).ToList();

        CollectionAssert.AreEqual(new[] { "Berufung", "Selensky" }, findings);
    }

    [TestMethod]
    public void TermNotUsed_WhenTheSourceTermIsRenderedOtherwise_FlagsTheSentence()
    {
        var analysis = Analysis("Biden bietet Putin im Berufungsverfahren einen Kanal an.", "Biden offre à Poutine un canal lors d'un appel.", "fr");

        var finding = new TermNotUsedCheck(Terms).Run(analysis).Single();

        Assert.AreEqual("TQA031", finding.RuleId);
        Assert.AreEqual(Severity.Critical, finding.Severity);
        Assert.AreEqual("appel", finding.SourceText);
        Assert.AreEqual(0, finding.SourceSentenceIndex);
        StringAssert.Contains(finding.Message, "\"appel\" is rendered without the approved term \"Telefonat\"");
    }

    [TestMethod]
    [DataRow("Der Inhalt des Telefonats blieb geheim.", "Le contenu de l'appel est resté secret.", "fr")]
    [DataRow("Nach zwei Anrufen war alles klar.", "Après deux appels, tout était clair.", "fr")]
    [DataRow("Das Telefongespräch dauerte eine Stunde.", "The phone call lasted an hour.", "en")]
    [DataRow("Er rief zur Ruhe auf.", "He called for calm.", "en")]
    [DataRow("Ein Rückruf folgte.", "Un rappel a suivi.", "fr")]
    public void TermNotUsed_WhenAnApprovedTermStandsInflectedOrTheSourceHasNoTerm_FindsNothing(string target, string source, string lang)
    {
        Assert.IsEmpty(new TermNotUsedCheck(Terms).Run(Analysis(target, source, lang)).ToList());
    }

    [TestMethod]
    public void TermNotUsed_WhenTheArticleHasNoSource_FindsNothing()
    {
        var analysis = new AnalysisBuilder("Biden bietet Putin im Berufungsverfahren einen Kanal an.", lang: "fr").Build();

        Assert.IsEmpty(new TermNotUsedCheck(Terms).Run(analysis).ToList());
    }

    [TestMethod]
    public void TermNotUsed_WhenTheEntryHasOnlyAnotherLanguagesSourceTerm_FindsNothing()
    {
        var englishOnly = Glossary.Of([Call with { Source = [new("phone call", "en")] }]);

        Assert.IsEmpty(new TermNotUsedCheck(englishOnly).Run(Analysis("Im Berufungsverfahren.", "Lors d'un appel.", "fr")).ToList());
    }

    [TestMethod]
    [DataRow(Severity.Critical)]
    [DataRow(Severity.Minor)]
    public void SeverityPolicy_WhenAGlossaryFindingIsApplied_KeepsTheEntrysSeverity(Severity severity)
    {
        var glossary = Glossary.Of([Call with { Severity = severity }]);
        var finding = new ForbiddenTermCheck(glossary).Run(Analysis("Im Berufungsverfahren.", "Lors d'un appel.", "fr")).Single();

        var applied = SeverityPolicy.Measured.Apply(finding);

        Assert.AreEqual(severity, applied.Severity, "the calibration has no row for TQA032 and must not cap the user's severity");
        Assert.IsNull(applied.Confidence);
    }

    [TestMethod]
    public void Checks_WhenTheGlossaryIsEmpty_FindNothing()
    {
        var analysis = Analysis("Im Berufungsverfahren mit Zelensky.", "Lors d'un appel avec Zelensky.", "fr");

        Assert.IsEmpty(new ForbiddenTermCheck(Glossary.Empty).Run(analysis).Concat(new TermNotUsedCheck(Glossary.Empty).Run(analysis)).ToList());
    }

    private static ArticleAnalysis Analysis(string target, string source, string lang) =>
        new AnalysisBuilder(target, source, lang).PairOneToOne().Build();
}
