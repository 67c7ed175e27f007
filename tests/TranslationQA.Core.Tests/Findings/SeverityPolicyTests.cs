using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Findings;

[TestClass]
public sealed class SeverityPolicyTests
{
    private static CalibrationRow Row(string set, string half, int flagged, int hits, string key = "TQA007.changed") =>
        new("evidence", key, set, half, 1000, 100, flagged, hits);

    private static Severity Earned(params CalibrationRow[] rows) => new SeverityPolicy(new Calibration(rows)).For("TQA007.changed").Earned;

    [TestMethod]
    public void For_WhenEverySetHoldsEightyPercent_EarnsCritical()
    {
        Assert.AreEqual(Severity.Critical, Earned(Row("ced", "tune", 100, 90), Row("wmt21", "tune", 20, 17)));
    }

    [TestMethod]
    public void For_WhenOneSupportedSetFallsBelowHalf_KeepsMinor()
    {
        Assert.AreEqual(Severity.Minor, Earned(Row("ced", "tune", 100, 90), Row("wmt21", "tune", 20, 6)));
    }

    [TestMethod]
    public void For_WhenASmallSetRulesOutTheLevel_VetoesIt()
    {
        // None of 7 right: the Wilson interval's top (0.35) lies below 0.8 and below 0.5.
        Assert.AreEqual(Severity.Minor, Earned(Row("ced", "tune", 100, 90), Row("wmt21", "tune", 7, 0)));
        // 3 of 4 right cannot rule out 0.8.
        Assert.AreEqual(Severity.Critical, Earned(Row("ced", "tune", 100, 90), Row("wmt21", "tune", 4, 3)));
    }

    [TestMethod]
    public void For_WhenNoSetHasEnoughLines_KeepsMinor()
    {
        Assert.AreEqual(Severity.Minor, Earned(Row("ced", "tune", 9, 9)));
    }

    [TestMethod]
    public void For_OurFixturesTogether_CanSpeakForAClassNothingElseMeasures()
    {
        Assert.AreEqual(Severity.Critical, Earned(Row("articles", "all", 8, 7), Row("pairs", "all", 5, 5)));
    }

    [TestMethod]
    public void For_TheTestHalf_DecidesNothing()
    {
        Assert.AreEqual(Severity.Minor, Earned(Row("ced", "tune", 100, 30), Row("ced", "test", 100, 99)));
    }

    [TestMethod]
    public void Apply_CapsAtWhatWasEarnedAndNeverRaises()
    {
        var policy = new SeverityPolicy(new Calibration([Row("ced", "tune", 100, 60)]));
        var finding = new Finding("TQA007", "Accuracy", Severity.Critical, new TextSpan(0, 1, 1, 1), "x", null, null, "m", Evidence: "changed");

        Assert.AreEqual(Severity.Major, policy.Apply(finding).Severity);
        Assert.AreEqual(0.6, policy.Apply(finding).Confidence!.Value, 1e-9);
        Assert.AreEqual(Severity.Minor, policy.Apply(finding with { Severity = Severity.Minor }).Severity);
    }

    [TestMethod]
    public void BuiltIn_ParsesAndKeepsTheFrenchPhoneCallTrapCritical()
    {
        Assert.AreEqual(Severity.Critical, SeverityPolicy.Measured.For("TQA002.wrong-fr-major").Earned);
    }
}
