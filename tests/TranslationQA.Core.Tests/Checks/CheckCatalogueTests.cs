using Moq;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class CheckCatalogueTests
{
    [TestMethod]
    public void CreateAll_WhenGivenASpellingDictionary_HasOneCheckPerRuleWithUniqueIds()
    {
        var checks = CheckCatalogue.CreateAll(new CheckOptions(Spelling: Mock.Of<ISpellingDictionary>()));

        CollectionAssert.AreEqual(CheckCatalogue.Rules.Select(r => r.Id).ToList(), checks.Select(c => c.Rule.Id).ToList());
        Assert.AreEqual(CheckCatalogue.Rules.Count, CheckCatalogue.Rules.Select(r => r.Id).Distinct().Count());
        Assert.IsTrue(CheckCatalogue.Rules.All(r => r.Id.StartsWith("TQA", StringComparison.Ordinal) && r.Category.Length > 0 && r.Help.Length > 20));
    }

    [TestMethod]
    public void CreateAll_WhenNoSpellingDictionary_LeavesOutOnlyTheSpellingRule()
    {
        var checks = CheckCatalogue.CreateAll(CheckOptions.Default);

        CollectionAssert.AreEqual(CheckCatalogue.Rules.Select(r => r.Id).Where(id => id != "TQA030").ToList(), checks.Select(c => c.Rule.Id).ToList());
    }

    [TestMethod]
    public void CreateAll_WhenRuleDisabled_LeavesItOut()
    {
        var checks = CheckCatalogue.CreateAll(new CheckOptions(DisabledRules: new HashSet<string> { "TQA021" }));

        Assert.IsFalse(checks.Any(c => c.Rule.Id == "TQA021"));
    }

    [TestMethod]
    public void RunAll_WhenArticleHasSeveralErrors_ReturnsOrderedFindingsWithExactSpans()
    {
        var text = "Blinken traf Lawrow.Blinken sagte: „Wir bleiben“ .\nWerbung\nEr kam um 23: 52 Uhr an. Blinken ging. Blinkin blieb.";
        var analysis = new AnalysisBuilder(text).Build();

        var findings = CheckCatalogue.RunAll(CheckCatalogue.CreateAll(CheckOptions.Default), analysis);

        CollectionAssert.IsSubsetOf(new[] { "TQA005", "TQA009", "TQA012", "TQA016", "TQA020" }, findings.Select(f => f.RuleId).Distinct().ToList());
        CollectionAssert.AreEqual(findings.OrderBy(f => f.Span.Offset).ToList(), findings.ToList());
        foreach (var f in findings)
        {
            Assert.AreEqual(text.Substring(f.Span.Offset, f.Span.Length), f.TargetText, f.RuleId);
        }
    }

    [TestMethod]
    public void RunAll_WhenFaithfulGermanArticle_FindsNothing()
    {
        var text = "Blinken trifft Lawrow in Genf\n" +
                   "US-Außenminister Antony Blinken will am Freitag in Genf seinen russischen Amtskollegen Sergej Lawrow treffen. " +
                   "Das Treffen soll gegen 11.00 Uhr beginnen, sagte eine Sprecherin.\n" +
                   "»Diplomatie ist nicht tot«, sagte sie. Russland hat rund 100.000 Soldaten an der Grenze zusammengezogen.";
        var analysis = new AnalysisBuilder(text).Build();

        var findings = CheckCatalogue.RunAll(CheckCatalogue.CreateAll(CheckOptions.Default), analysis);

        Assert.AreEqual(0, findings.Count, string.Join("; ", findings.Select(f => f.RuleId + " " + f.TargetText)));
    }
}
