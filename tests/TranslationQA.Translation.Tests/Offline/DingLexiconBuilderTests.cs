using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class DingLexiconBuilderTests
{
    [TestMethod]
    public void AddFile_WhenLinesSpanSeveralBatches_BuildsWhatAddingLineByLineBuilds()
    {
        // Lines parsed in batches on pool threads must be added in file order: the lexicon ranks repeats and first entries.
        var lines = OfflineTestData.Ding.Split('\n');
        var file = Enumerable.Range(0, 9000).Select(i => i % 7 == 0 ? lines[i % lines.Length] : Variant(lines[i % lines.Length], i)).ToArray();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, file);
            var byFile = new DingLexiconBuilder(OfflineTestData.EmptyWordNet());
            var byLine = new DingLexiconBuilder(OfflineTestData.EmptyWordNet());

            byFile.AddFile(path);
            foreach (var line in file)
            {
                byLine.AddLine(line);
            }

            AssertSame(byLine.BuildLexicon(), byFile.BuildLexicon());
            AssertSame(byLine.BuildReverse(), byFile.BuildReverse());
            AssertSame(byLine.BuildLemmas(), byFile.BuildLemmas());
            AssertSame(byLine.BuildParticles(), byFile.BuildParticles());
            AssertSame(byLine.BuildPhrases(), byFile.BuildPhrases());
            AssertSame(byLine.BuildVerbPhrases(), byFile.BuildVerbPhrases());
            Assert.IsGreaterThan(9000 / 7, byFile.BuildLexicon().Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A line whose headwords differ from the other copies' ("Anruf7"), so batches hold distinct entries.
    private static string Variant(string line, int i) =>
        line.StartsWith('#') ? line : string.Join(" :: ", line.Split(" :: ").Select((side, s) => s == 0 ? side.Replace(" {", $"{i % 500} {{") : side + (i % 3 == 0 ? "; rendering " + (i % 40) : "")));

    private static void AssertSame(Dictionary<string, string[]> expected, Dictionary<string, string[]> actual)
    {
        CollectionAssert.AreEqual(expected.Keys.ToArray(), actual.Keys.ToArray());
        foreach (var (key, values) in expected)
        {
            CollectionAssert.AreEqual(values, actual[key], key);
        }
    }
}
