using TranslationQA.Core.Alignment;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Alignment;

[TestClass]
public sealed class BleualignSentenceAlignerTests
{
    private readonly BleualignSentenceAligner _aligner = new();

    private static List<Sentence> Sentences(params string[] texts) =>
        [.. texts.Select((t, i) => new Sentence(i, t, new TextSpan(i * 100, t.Length, i + 1, 1)))];

    private static List<SentenceBackTranslation> Plain(params string[] texts) =>
        [.. texts.Select(t => new SentenceBackTranslation(t, []))];

    private static string Beads(IReadOnlyList<AlignedPair> beads) =>
        string.Join(" ", beads.Select(b => $"{string.Join(',', b.Source)}|{string.Join(',', b.Target)}"));

    [TestMethod]
    public void Align_WhenTargetHasResidueLine_ResidueBecomesAddition()
    {
        var source = Sentences("Russia massed troops at the border.", "Moscow denies any plan to invade.");
        var target = Sentences("Russland zog Truppen an der Grenze zusammen.", "Podcast Cover", "Moskau bestreitet Pläne.");
        var bt = Plain("Russia pulled troops at the border together.", "Podcast cover", "Moscow denies plans.");

        var beads = _aligner.Align(source, target, bt);

        Assert.AreEqual("0|0 |1 1|2", Beads(beads));
        Assert.AreEqual(0, beads[1].Score);
        Assert.IsTrue(beads.All(b => b.Score is >= 0 and <= 1));
    }

    [TestMethod]
    public void Align_WhenAnArticleIsFarLongerThanTheBand_StillFindsEveryPairAndTheDroppedSentences()
    {
        // 1,200 sentences: the band around the diagonal is a fraction of the table, yet a target that drops three
        // sentences near the start and adds two near the end still aligns exactly.
        const int count = 1_200;
        var words = new[] { "troops", "border", "minister", "talks", "sanctions", "pipeline", "embassy", "ceasefire", "summit", "grain" };
        string Line(int i) => $"Item {i} concerns {words[i % 10]} and {words[(i / 10) % 10]} with code{i} and mark{i * 7}.";
        var source = Sentences([.. Enumerable.Range(0, count).Select(Line)]);
        var kept = Enumerable.Range(0, count).Where(i => i is not (100 or 101 or 102)).Select(Line).ToList();
        kept.Insert(1_000, "Unrelated banner text.");
        kept.Insert(1_001, "Another unrelated banner line.");
        var target = Sentences([.. kept]);

        var beads = _aligner.Align(source, target, Plain([.. kept]));

        var oneToOne = beads.Where(b => b.Source.Count == 1 && b.Target.Count == 1).ToList();
        Assert.HasCount(count - 3, oneToOne);
        Assert.IsTrue(oneToOne.All(b => target[b.Target[0]].Text == source[b.Source[0]].Text));
        CollectionAssert.AreEqual(new[] { 100, 101, 102 }, beads.Where(b => b.Target.Count == 0).Select(b => b.Source[0]).ToArray());
        Assert.AreEqual(2, beads.Count(b => b.Source.Count == 0));
    }

    [TestMethod]
    public void Align_WhenNamesAndNumbersAreSpelledDifferently_TheyStillMatch()
    {
        var source = Sentences("Lavrov arrived.", "Some 100,000 troops wait.");
        var target = Sentences("Lawrow kam an.", "Rund 100.000 Soldaten warten.");
        var bt = Plain("Lawrow came at.", "Around 100.000 soldiers linger.");

        var beads = _aligner.Align(source, target, bt);

        Assert.AreEqual("0|0 1|1", Beads(beads));
        Assert.IsTrue(beads.All(b => b.Score > 0), "only the name and the number connect the pairs");
    }

    [TestMethod]
    public void Align_WhenGlossesGiven_UsesEveryRenderingOfAGermanToken()
    {
        var source = Sentences("The minister warned of sanctions.", "The weather was fine.");
        var target = Sentences("Der Minister drohte mit Strafmaßnahmen.", "Das Wetter war schön.");
        var glossed = new SentenceBackTranslation("The minister threatened with punitive measures.",
        [
            new WordGloss(4, 8, "Minister", TokenKind.Word, "minister", ["minister", "secretary"]),
            new WordGloss(13, 6, "drohte", TokenKind.Word, "threatened", ["threaten", "warn"]),
            new WordGloss(24, 15, "Strafmaßnahmen", TokenKind.Word, "punitive measures", ["sanction", "punitive measure"]),
        ]);
        var bt = new List<SentenceBackTranslation> { glossed, new("The weather was beautiful.", []) };

        var beads = _aligner.Align(source, target, bt);

        Assert.AreEqual("0|0 1|1", Beads(beads));
        Assert.IsGreaterThan(0.9, beads[0].Score);
    }

    [TestMethod]
    public void Align_WhenOneSourceSentenceIsSplit_ReturnsOneToTwoBead()
    {
        var source = Sentences("Stoltenberg said the talks were difficult but the allies were ready for more meetings.", "The meeting lasted four hours.");
        var target = Sentences("Stoltenberg sagte, die Gespräche seien schwierig gewesen.", "Die Verbündeten seien zu weiteren Treffen bereit.", "Das Treffen dauerte vier Stunden.");
        var bt = Plain("Stoltenberg said, the talks were difficult been.", "The allies were to further meetings ready.", "The meeting lasted four hours.");

        var beads = _aligner.Align(source, target, bt);

        Assert.AreEqual("0|0,1 1|2", Beads(beads));
        Assert.AreEqual(BeadKind.OneToTwo, beads[0].Kind);
    }

    [TestMethod]
    [DataRow(0, 3)]
    [DataRow(3, 0)]
    [DataRow(0, 0)]
    public void Align_WhenOneSideIsEmpty_EverySentenceIsCoveredOnce(int sourceCount, int targetCount)
    {
        var source = Sentences([.. Enumerable.Range(0, sourceCount).Select(i => $"Sentence number {i}.")]);
        var target = Sentences([.. Enumerable.Range(0, targetCount).Select(i => $"Satz Nummer {i}.")]);

        var beads = _aligner.Align(source, target, Plain([.. target.Select(t => t.Text)]));

        CollectionAssert.AreEqual(Enumerable.Range(0, sourceCount).ToArray(), beads.SelectMany(b => b.Source).ToArray());
        CollectionAssert.AreEqual(Enumerable.Range(0, targetCount).ToArray(), beads.SelectMany(b => b.Target).ToArray());
    }

    [TestMethod]
    public void Align_WhenBackTranslationCountDiffers_Throws() =>
        Assert.ThrowsExactly<ArgumentException>(() => _aligner.Align(Sentences("A b."), Sentences("C d.", "E f."), Plain("C d.")));
}
