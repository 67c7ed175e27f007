using TranslationQA.Core.Alignment;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Alignment;

[TestClass]
public sealed class SimilarityModelTests
{
    [TestMethod]
    public void Similarity_WhenTablesAreSparse_AgreesWithTheDenseTablesOnEveryBead()
    {
        string[] sourceTexts =
        [
            "Lavrov met Blinken in Geneva on Friday.", "Russia massed 100,000 troops at the border.",
            "The talks ended without agreement.", "Sanctions were discussed.", "Podcast: the week in review.",
        ];
        var source = sourceTexts.Select((t, i) => new Sentence(i, t, new TextSpan(i * 100, t.Length, i + 1, 1))).ToList();
        var backTranslations = new List<SentenceBackTranslation>
        {
            new("Lawrow met Blinken in Genf on Friday.", []),
            new("Russia pulled 100.000 soldiers at the border together.", []),
            new("The conversations ended without agreement.", [new WordGloss(4, 9, "Gespräche", TokenKind.Word, "conversations", ["talk", "conversation"])]),
            new("Punitive measures were discussed.", []),
        };

        var dense = new SimilarityModel(source, backTranslations);
        var sparse = new SimilarityModel(source, backTranslations, denseCells: 0);

        for (var i = 0; i < source.Count; i++)
        {
            for (var j = 0; j < backTranslations.Count; j++)
            {
                foreach (var (ds, dt) in new[] { (1, 1), (1, 2), (2, 1) })
                {
                    if (i + ds <= source.Count && j + dt <= backTranslations.Count)
                    {
                        Assert.AreEqual(dense.Similarity(i, ds, j, dt), sparse.Similarity(i, ds, j, dt), $"bead {i}+{ds} | {j}+{dt}");
                    }
                }

                Assert.AreEqual(dense.SourceSupport(i, j), sparse.SourceSupport(i, j));
                Assert.AreEqual(dense.TargetSupport(j, i), sparse.TargetSupport(j, i));
            }
        }

        Assert.IsGreaterThan(0.5, dense.Similarity(0, 1, 0, 1), "the transliterated names and the shared words connect the first pair");
    }
}
