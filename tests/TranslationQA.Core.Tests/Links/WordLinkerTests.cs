using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Core.Tests.Checks;

namespace TranslationQA.Core.Tests.Links;

[TestClass]
public sealed class WordLinkerTests
{
    private static IReadOnlyList<string> LinkedSource(ArticleAnalysis analysis) =>
        [.. analysis.Links[0].Links.Select(l => analysis.SourceSentences[l.SourceSentence].Text.Substring(l.SourceOffset, l.SourceLength))];

    [TestMethod]
    public void Link_WhenACompoundSenseRendersTwoNeighbours_LinksBothToTheOneGermanWord()
    {
        var analysis = new AnalysisBuilder("Arbeiter bauten das Konföderierten-Denkmal ab.", "Workers took down the Confederate monument.")
            .Gloss(0, "Arbeiter", TokenKind.Word, "worker")
            .Gloss(0, "Konföderierten-Denkmal", TokenKind.Word, "confederate monument", "monument")
            .PairOneToOne().Build();

        var links = analysis.Links[0].Links.Where(l => l.TargetOffset == analysis.TargetSentences[0].Text.IndexOf("Konföderierten", StringComparison.Ordinal)).ToList();

        CollectionAssert.AreEquivalent(new[] { "Confederate", "monument" },
            links.Select(l => analysis.SourceSentences[0].Text.Substring(l.SourceOffset, l.SourceLength)).ToList());
        Assert.IsTrue(links.All(l => l.Kind == LinkKind.Sense && l.Sense == "confederate monument"));
    }

    [TestMethod]
    [DataRow("Lawrow traf Blinken in Genf.", "Lavrov met Blinken in Geneva.", "Lavrov")]
    [DataRow("Russland hat 100.000 Soldaten zusammengezogen.", "Russia has massed 100,000 troops.", "100,000")]
    [DataRow("Die Vereinigten Staaten warnten.", "The US warned.", "US")]
    public void Link_WithoutAnySense_LinksNamesNumbersAndEntitiesBySpellingValueAndList(string target, string source, string expected)
    {
        var analysis = new AnalysisBuilder(target, source).PairOneToOne().Build();

        CollectionAssert.Contains(LinkedSource(analysis).ToList(), expected);
    }

    [TestMethod]
    public void Link_WhenTheGermanSentenceRendersAnotherSource_LinksNothingOfIt()
    {
        var analysis = new AnalysisBuilder("Der Regen füllte die Flüsse.", "Workers took down the monument.")
            .Gloss(0, "Regen", TokenKind.Word, "rain")
            .Gloss(0, "füllte", TokenKind.Word, "fill")
            .Gloss(0, "Flüsse", TokenKind.Word, "river")
            .PairOneToOne().Build();

        Assert.IsEmpty(analysis.Links[0].Links);
    }

    [TestMethod]
    public void Link_WhenOneSourceWordCouldTakeTwoGermanWords_TakesTheNearerOnly()
    {
        var analysis = new AnalysisBuilder("Die Regierung sagte, die Regierung werde handeln.", "The government said it would act.")
            .Gloss(0, "Regierung", TokenKind.Word, "government")
            .PairOneToOne().Build();

        Assert.HasCount(1, analysis.Links[0].Links.Where(l => l.Kind == LinkKind.Sense));
    }

    [TestMethod]
    public void Link_WhenBothSidesNegate_LinksTheNegations()
    {
        var analysis = new AnalysisBuilder("Er kam nicht.", "He did not come.")
            .Gloss(0, "nicht", TokenKind.Function, "not")
            .PairOneToOne().Build();

        Assert.IsTrue(analysis.Links[0].Links.Any(l => l.Kind == LinkKind.Negation));
    }
}
