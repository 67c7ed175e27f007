using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Core.Model;
using TranslationQA.Core.Tests.Checks;

namespace TranslationQA.Core.Tests.Checks.Spelling;

[TestClass]
public sealed class SpellingCheckTests
{
    /// <summary>A dictionary of a few words; the corrections it knows stand for Hunspell's one-edit suggestions.</summary>
    private sealed class SmallDictionary : ISpellingDictionary
    {
        private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
        {
            "Die", "die", "Stadt", "sperrt", "zwei", "alte", "Brücken", "über", "den", "Fluss", "und", "baut", "neue", "Nr.",
            "Der", "Verkehr", "läuft", "Straßenbau", "Bau", "Sprecher", "sagte", "Umleitung", "gelte", "bis",
        };

        private static readonly Dictionary<string, string> Corrections = new(StringComparer.Ordinal)
        {
            ["Brüken"] = "Brücken", ["Umleitng"] = "Umleitung", ["Strasenbau"] = "Straßenbau", ["Kowalsky"] = "Kowalski",
            ["BRÜKEN"] = "BRÜCKEN", ["Brüken2"] = "Brücken",
        };

        public bool IsCorrect(string word) => Words.Contains(word);

        public IReadOnlyList<string> Suggest(string word, int max) => Corrections.TryGetValue(word, out var c) ? [c] : [];
    }

    private static List<Finding> Run(string target, string? source = null) =>
        [.. new SpellingCheck(new SmallDictionary()).Run(new AnalysisBuilder(target, source).Build())];

    [TestMethod]
    public void Run_WhenWordOneEditFromADictionaryWord_FlagsItWithTheCorrection()
    {
        var findings = Run("Die Stadt sperrt zwei alte Brüken über den Fluss.");

        var finding = findings.Single();
        Assert.AreEqual("Brüken", finding.TargetText);
        Assert.AreEqual(28, finding.Span.Column);
        Assert.AreEqual("TQA030", finding.RuleId);
        Assert.AreEqual(Severity.Minor, finding.Severity);
        StringAssert.Contains(finding.Message, "„Brücken“");
    }

    [TestMethod]
    public void Run_WhenUnknownWordHasNoDictionaryWordNear_FindsNothing() =>
        Assert.IsEmpty(Run("Die Stadt sperrt zwei alte Hydroxychloroquin über den Fluss."));

    [TestMethod]
    [DataRow("Der Sprecher Kowalsky sagte, die Umleitung gelte bis Mai.", "Spokesman Kowalsky said the detour would last until May.", DisplayName = "name of the source")]
    [DataRow("Der Sprecher sagte, die Umleitung gelte bis Brüken2.", null, DisplayName = "word with a digit")]
    [DataRow("Der Sprecher sagte, die Umleitung gelte bis www.Brüken.de.", null, DisplayName = "address")]
    [DataRow("Der Sprecher sagte, die Umleitung gelte bis @Brüken.", null, DisplayName = "handle")]
    [DataRow("Der Sprecher sagte, die BRÜKEN-Umleitung gelte.", null, DisplayName = "acronym or capitals")]
    [DataRow("Der Brüken- und Straßenbau läuft.", null, DisplayName = "truncated compound")]
    [DataRow("Der Sprecher sagte, die 50-Brüken gelte.", null, DisplayName = "piece after a number")]
    public void Run_WhenWordIsNameNumberAcronymOrAddress_FindsNothing(string target, string? source) =>
        Assert.IsEmpty(Run(target, source), target);

    [TestMethod]
    public void Run_WhenHyphenatedWordHasAMisspeltPart_FlagsThatPart()
    {
        var finding = Run("Der Strasenbau-Verkehr läuft.").Single();

        Assert.AreEqual("Strasenbau", finding.TargetText);
    }

    [TestMethod]
    public void Run_WhenTheSameMisspellingRecurs_ReportsItOnce()
    {
        var findings = Run("Die Stadt sperrt zwei alte Brüken.\nDie Brüken über den Fluss und die Umleitng.");

        CollectionAssert.AreEqual(new[] { "Brüken", "Umleitng" }, findings.Select(f => f.TargetText).ToArray());
        Assert.AreEqual(1, findings[0].Span.Line);
    }
}
