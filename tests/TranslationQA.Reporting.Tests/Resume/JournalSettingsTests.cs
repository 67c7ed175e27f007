using TranslationQA.Core.Checks;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Resume;

namespace TranslationQA.Reporting.Tests.Resume;

[TestClass]
public sealed class JournalSettingsTests
{
    [TestMethod]
    public void Difference_WhenTheRuleChoicesDiffer_SaysSoWithBoth()
    {
        var choices = new RuleSettings(new HashSet<string> { "TQA020", "TQA017" }, new Dictionary<string, Severity> { ["TQA001"] = Severity.Minor });
        var before = JournalSettings.Of("build", "offline", QualityGate.Default, null) with { Rules = choices.Describe() };
        var now = JournalSettings.Of("build", "offline", QualityGate.Default, null) with { Rules = RuleSettings.None.Describe() };

        Assert.AreEqual("TQA017=off,TQA020=off,TQA001=minor", choices.Describe());
        Assert.AreEqual("other --disable or --severity choices (TQA017=off,TQA020=off,TQA001=minor, now none)", before.Difference(now));
        Assert.IsNull(before.Difference(before with { }));
    }
}
