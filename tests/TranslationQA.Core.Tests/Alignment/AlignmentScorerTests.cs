using TranslationQA.Core.Alignment;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Alignment;

[TestClass]
public sealed class AlignmentScorerTests
{
    [TestMethod]
    [DataRow("0\t0\n1\t1,2\n", "0\t0\n1\t1,2\n", 1.0)]
    [DataRow("0\t0\n1\t1,2\n", "0\t0\n1\t1\n\t2\n", 2.0 / 3)]
    [DataRow("0\t0\n1\t\n", "0\t0\n1\t1\n", 0.5)]
    [DataRow("\t0\n0\t1\n", "0\t0,1\n", 0.5)]
    public void LinkAccuracy_WhenPredictionDiffers_CountsReproducedGoldLinks(string gold, string predicted, double expected) =>
        Assert.AreEqual(expected, AlignmentScorer.LinkAccuracy(AlignmentGold.Parse(gold), AlignmentGold.Parse(predicted)), 1e-9);

    [TestMethod]
    public void Parse_WhenCommentsAndBlankSides_ReadsBeadKinds()
    {
        var beads = AlignmentGold.Parse("# comment\n0,1\t0\n\t1\n2\t\n3\t2,3\n");

        CollectionAssert.AreEqual(
            new[] { BeadKind.TwoToOne, BeadKind.Addition, BeadKind.Omission, BeadKind.OneToTwo },
            beads.Select(b => b.Kind).ToArray());
    }

    [TestMethod]
    [DataRow("0 0\n")]
    [DataRow("a\t1\n")]
    [DataRow("1\t2\t3\n")]
    public void Parse_WhenLineMalformed_ThrowsFormatException(string text) =>
        Assert.ThrowsExactly<FormatException>(() => AlignmentGold.Parse(text));
}
