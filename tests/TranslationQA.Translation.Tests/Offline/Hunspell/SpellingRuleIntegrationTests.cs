using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Translation.Offline;
using TranslationQA.Translation.Tests.Offline;

namespace TranslationQA.Translation.Tests.Offline.Hunspell;

/// <summary>TQA030 through the whole pipeline on the installed Debian data, on articles written for these tests.</summary>
[TestClass]
public sealed class SpellingRuleIntegrationTests
{
    private const string Source = """
        Floods close two bridges in Passau
        Federal Transport Minister Volker Wissing promised 120 million euros for flood protection measures on Tuesday.
        The city of Passau closed two bridges over the Danube after the water rose by 3.5 metres overnight.
        "The repairs will take until October," said mayor Jürgen Dupper, who asked residents to avoid the old town.
        """;

    private const string Faithful = """
        Hochwasser schließt zwei Brücken in Passau
        Bundesverkehrsminister Volker Wissing hat am Dienstag 120 Millionen Euro für Hochwasserschutzmaßnahmen zugesagt.
        Die Stadt Passau sperrte zwei Brücken über die Donau, nachdem das Wasser über Nacht um 3,5 Meter gestiegen war.
        „Die Reparaturen werden bis Oktober dauern“, sagte Oberbürgermeister Jürgen Dupper, der die Anwohner bat, die Altstadt zu meiden.
        """;

    [TestMethod]
    public async Task Check_WhenFaithfulArticleWithCompoundsNamesAndNumbers_FindsNothing() =>
        Assert.IsEmpty(await SpellingFindings(Faithful));

    [TestMethod]
    public async Task Check_WhenAWordIsMisspelt_FlagsItWithTheCorrection()
    {
        var findings = await SpellingFindings(Faithful.Replace("sperrte zwei Brücken", "sperrte zwei Brüken", StringComparison.Ordinal));

        var finding = findings.Single();
        Assert.AreEqual("Brüken", finding.TargetText);
        Assert.AreEqual(3, finding.Span.Line);
        Assert.AreEqual(Severity.Minor, finding.Severity);
        StringAssert.Contains(finding.Message, "„Brücken“");
    }

    private static async Task<IReadOnlyList<Finding>> SpellingFindings(string target)
    {
        var article = new Article("spelling", "en", "de", Source.Replace("\r", string.Empty, StringComparison.Ordinal),
            target.Replace("\r", string.Empty, StringComparison.Ordinal), "target.de.txt");
        var pipeline = new QaPipeline(PipelineFactory.Components(DebianEngine.Engine, [new SpellingCheck(GermanSpelling.Load())]));
        var results = await pipeline.RunAsync([new ArticleInput(article.Id, article.TargetPath, article, null, [])], QualityGate.Default, null,
            CancellationToken.None);
        return results.Single().Findings;
    }
}
