using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Findings;

[TestClass]
public sealed class AnnotationEvaluatorTests
{
    private const string Target = "Biden bietet Putin im Berufungsverfahren einen Kanal an.\nWerbung\nEr kam um 23: 52 Uhr.";
    private const string Tsv = "line\ttext\tcategory\tseverity\tnote\n" +
                               "1\tBerufungsverfahren\tAccuracy/Mistranslation\tcritical\tcall = Telefonat\n" +
                               "2\tWerbung\tDesign and markup/Extraneous content\tcritical\tad\n" +
                               "3\t23: 52\tLocale convention/Time format\tminor\t\n";

    private static Finding At(string text, Severity severity, string category = "Accuracy/Mistranslation")
    {
        var offset = Target.IndexOf(text, StringComparison.Ordinal);
        var span = new TextIndex(Target).Span(offset, text.Length);
        return new Finding("TQA001", category, severity, span, text, null, null, "m");
    }

    [TestMethod]
    public void Parse_LocatesTextOnItsLine()
    {
        var annotations = AnnotationReader.Parse(Tsv, Target);

        Assert.AreEqual(3, annotations.Count);
        Assert.AreEqual(Target.IndexOf("Werbung", StringComparison.Ordinal), annotations[1].Offset);
        Assert.AreEqual(Severity.Critical, annotations[0].Severity);
    }

    [TestMethod]
    public void Parse_WhenTextNotOnLine_ThrowsFormatException() =>
        Assert.ThrowsExactly<FormatException>(() => AnnotationReader.Parse("line\ttext\tcategory\tseverity\tnote\n2\tBiden\tX\tminor\t\n", Target));

    [TestMethod]
    public void Evaluate_ComputesRecallPrecisionAndCategoryAgreement()
    {
        var findings = new[]
        {
            At("im Berufungsverfahren", Severity.Major),
            At("Werbung", Severity.Minor, "Fluency/Punctuation"),
            At("Kanal", Severity.Minor),
        };

        var result = AnnotationEvaluator.Evaluate(Tsv, Target, findings);

        Assert.AreEqual(2.0 / 3, result.Recall, 1e-9);
        Assert.AreEqual(2.0 / 3, result.Precision, 1e-9);
        Assert.AreEqual(0.5, result.CategoryAgreement, 1e-9);
        Assert.AreEqual("Kanal", result.Unexpected.Single().TargetText);
        Assert.AreEqual("23: 52", result.Missed.Single().Text);
    }

    [TestMethod]
    public void Evaluate_WhenCriticalFoundOnlyAsMinor_BreaksCriticalRule()
    {
        var result = AnnotationEvaluator.Evaluate(Tsv, Target, [At("Berufungsverfahren", Severity.Major), At("Werbung", Severity.Minor)]);

        Assert.IsFalse(result.CriticalRuleHolds);
        Assert.AreEqual("Werbung", result.MissedCritical.Single().Text);
    }

    [TestMethod]
    public void Add_SumsCountsOverArticles()
    {
        var one = AnnotationEvaluator.Evaluate(Tsv, Target, [At("Werbung", Severity.Critical)]);

        var sum = one.Add(one);

        Assert.AreEqual(6, sum.Annotations);
        Assert.AreEqual(2, sum.Found);
        Assert.AreEqual(one.Recall, sum.Recall, 1e-9);
    }
}
