using TranslationQA.Core.Alignment;
using TranslationQA.Core.Model;
using TranslationQA.Core.Segmentation;

namespace TranslationQA.Core.Tests.Alignment;

/// <summary>Aligns the hand-made parallel articles in fixtures/alignment and compares with their gold beads.</summary>
[TestClass]
public sealed class GoldAlignmentTests
{
    // Measured 98.4 % (60/61 links) on the six fixtures; the floor catches real regressions without pinning that figure.
    private const double AccuracyFloor = 0.95;

    public TestContext TestContext { get; set; } = null!;

    internal static string FixtureRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "fixtures", "alignment")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("fixtures/alignment not found") : Path.Combine(dir.FullName, "fixtures", "alignment");
    }

    internal static (IReadOnlyList<AlignedPair> Gold, IReadOnlyList<AlignedPair> Predicted) AlignFixture(string dir)
    {
        var segmenter = new RuleBasedSentenceSegmenter();
        var sourcePath = Directory.GetFiles(dir, "source.*.txt").Single();
        var lang = Path.GetFileName(sourcePath).Split('.')[1];
        var source = segmenter.Segment(File.ReadAllText(sourcePath), lang);
        var target = segmenter.Segment(File.ReadAllText(Path.Combine(dir, "target.de.txt")), "de");
        var backTranslations = File.ReadAllLines(Path.Combine(dir, $"backtranslation.{lang}.txt"))
            .Where(l => l.Length > 0)
            .Select(l => new SentenceBackTranslation(l, []))
            .ToList();
        Assert.HasCount(target.Count, backTranslations, $"{dir}: one back-translation line per target sentence");
        var predicted = new BleualignSentenceAligner().Align(source, target, backTranslations);
        return (AlignmentGold.Read(Path.Combine(dir, "gold.tsv")), predicted);
    }

    [TestMethod]
    public void Align_WhenGoldFixtures_ReproducesGoldLinks()
    {
        int matched = 0, total = 0;
        foreach (var dir in Directory.GetDirectories(FixtureRoot()).Order(StringComparer.Ordinal))
        {
            var (gold, predicted) = AlignFixture(dir);
            var goldLinks = AlignmentScorer.Links(gold).ToList();
            var accuracy = AlignmentScorer.LinkAccuracy(gold, predicted);
            matched += (int)Math.Round(accuracy * goldLinks.Count);
            total += goldLinks.Count;
            TestContext.WriteLine($"{Path.GetFileName(dir)}: {accuracy:P1} of {goldLinks.Count} links; predicted "
                + string.Join(" ", predicted.Select(b => $"[{string.Join(',', b.Source)}|{string.Join(',', b.Target)}]")));
        }

        var overall = (double)matched / total;
        TestContext.WriteLine($"overall link accuracy {overall:P1} ({matched}/{total})");
        Assert.IsGreaterThanOrEqualTo(AccuracyFloor, overall);
    }
}
