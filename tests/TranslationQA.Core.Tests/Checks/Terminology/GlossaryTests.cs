using TranslationQA.Core.Checks.Terminology;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks.Terminology;

[TestClass]
public sealed class GlossaryTests
{
    public static string Fixture(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "fixtures", "glossaries")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("fixtures/glossaries not found") : Path.Combine(dir.FullName, "fixtures", "glossaries", name);
    }

    [TestMethod]
    [DataRow("newsroom.csv")]
    [DataRow("newsroom-basic.tbx")]
    [DataRow("newsroom-v3.tbx")]
    public void Load_WhenTheNewsroomTermBaseInEachFormat_ReadsTheSameFourEntries(string file)
    {
        var entries = Glossary.Load(Fixture(file)).Entries;

        Assert.HasCount(4, entries);
        var call = entries[0];
        CollectionAssert.AreEquivalent(new[] { "appel", "phone call" }, call.Source.Select(s => s.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "Telefonat", "Telefongespräch", "Anruf" }, call.Approved.ToArray());
        CollectionAssert.AreEqual(new[] { "Berufung*", "Appell" }, call.Forbidden.ToArray());
        Assert.AreEqual(Severity.Critical, call.Severity);
        StringAssert.StartsWith(call.Note, "A call between leaders is a phone call (Telefonat), never an appeal; \"Appell\"");
        Assert.IsFalse(call.CaseSensitive);

        var zelensky = entries[1];
        Assert.IsEmpty(zelensky.Source, "house style: German only");
        CollectionAssert.AreEqual(new[] { "Zelensky", "Selensky", "Zelenskyy" }, zelensky.Forbidden.ToArray());
        Assert.AreEqual(Severity.Major, zelensky.Severity, "no severity given: major");

        var nato = entries[2];
        Assert.IsTrue(nato.CaseSensitive);
        Assert.AreEqual(Severity.Minor, nato.Severity);
        CollectionAssert.AreEqual(new[] { "Weißes Haus" }, entries[3].Approved.ToArray());
        StringAssert.Contains(call.Origin, Path.GetFileName(file));
    }

    [TestMethod]
    public void Load_WhenTbxNamesLanguages_KeepsTheSourceLanguageOfEachTerm()
    {
        var call = Glossary.Load(Fixture("newsroom-basic.tbx")).Entries[0];

        Assert.AreEqual("fr", call.Source.Single(s => s.Text == "appel").Lang);
        Assert.AreEqual("en", call.Source.Single(s => s.Text == "phone call").Lang);
        StringAssert.Contains(call.Origin, "(entry call)");
    }

    [TestMethod]
    [DataRow("bad/unclosed-tag.tbx", 7, "does not match the end tag")]
    [DataRow("bad/unknown-status.tbx", 8, "administrativeStatus 'forbidden' is unknown")]
    [DataRow("bad/entity-bomb.tbx", 19, "undeclared entity")]
    [DataRow("bad/external-entity.tbx", 10, "undeclared entity")]
    [DataRow("bad/unclosed-quote.csv", 3, "never closed")]
    [DataRow("bad/field-count.csv", 3, "6 fields where the header has 5")]
    [DataRow("bad/bad-flag.csv", 2, "caseSensitive is 'perhaps'")]
    public void Load_WhenTheFileIsMalformed_NamesFileLineAndProblem(string file, int line, string problem)
    {
        var path = Fixture(file);

        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(path));

        Assert.AreEqual(line, e.Line, e.Message);
        StringAssert.StartsWith(e.Message, $"{path}: line {line}");
        StringAssert.Contains(e.Message, problem);
    }

    [TestMethod]
    public void Load_WhenXmlMalformed_NamesTheColumnToo()
    {
        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(Fixture("bad/unclosed-tag.tbx")));

        Assert.IsGreaterThan(30, e.Column, e.Message);
        StringAssert.Contains(e.Message, $"line 7, column {e.Column}:");
    }

    [TestMethod]
    public void Load_WhenAnEntityReadsALocalFile_NeverReadsIt()
    {
        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(Fixture("bad/external-entity.tbx")));

        Assert.DoesNotContain("root:", e.Message, "the content of /etc/passwd must not appear");
    }

    [TestMethod]
    public void Load_WhenCsvQuotesCommasQuotesAndLineBreaks_ReadsThemAsRfc4180()
    {
        var path = Temp("source,note,target\n\"appel\",\"a \"\"call\"\", by phone,\nnot an appeal\",Telefonat\nMaison Blanche,,Weißes Haus\n");

        var entries = Glossary.Load(path).Entries;

        Assert.AreEqual("a \"call\", by phone,\nnot an appeal", entries[0].Note);
        StringAssert.EndsWith(entries[1].Origin, "line 4", "the quoted line break counts as a line");
        File.Delete(path);
    }

    [TestMethod]
    [DataRow("source,target,severty\nappel,Telefonat,major\n", 1, "column 'severty' is unknown")]
    [DataRow("source,forbidden\n,Appell\n", 1, "at least the columns source and target")]
    [DataRow("source,target,forbidden\nappel,,\n", 2, "neither a target nor a forbidden term")]
    [DataRow("source,target,severity\nappel,Telefonat,blocker\n", 2, "severity is 'blocker'")]
    [DataRow("source,target\nappel,\"Telefonat\"x\n", 2, "text after the closing quote")]
    public void Load_WhenCsvHeaderOrCellIsWrong_NamesTheLine(string csv, int line, string problem)
    {
        var path = Temp(csv);

        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(path));

        Assert.AreEqual(line, e.Line, e.Message);
        StringAssert.Contains(e.Message, problem);
        File.Delete(path);
    }

    [TestMethod]
    public void Load_WhenNotUtf8_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tqa-glossary-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. "source,target\nappel,Telefonat\n,Gr"u8, 0xFC, .. "n\n"u8]);

        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(path));

        StringAssert.Contains(e.Message, "not UTF-8");
        File.Delete(path);
    }

    [TestMethod]
    public void Load_WhenRootIsNotTbx_SaysWhatItIs()
    {
        var path = Temp("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\"><file id=\"f\"/></xliff>\n", ".xml");

        var e = Assert.ThrowsExactly<GlossaryFormatException>(() => Glossary.Load(path));

        StringAssert.Contains(e.Message, "the root element is <xliff>");
        Assert.AreEqual(2, e.Line);
        File.Delete(path);
    }

    private static string Temp(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"tqa-glossary-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
