using System.Text;
using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

[TestClass]
public sealed class TextFileProbeTests
{
    [TestMethod]
    public void Of_WhenAMultiByteLetterStraddlesTheBlockEnd_IsPlainUtf8()
    {
        using var dir = new TempFolder();
        // 65,535 ASCII bytes put the two bytes of "ä" on both sides of the 64 KiB block boundary.
        var file = dir.Write("a.jsonl", new string('x', 65_535) + "ä\n");

        var probe = TextFileProbe.Of(file);

        Assert.IsNull(probe.Error);
        Assert.IsEmpty(probe.Warnings);
        Assert.AreEqual(new string('x', 65_535) + "ä", probe.Lines().Single().Text);
    }

    [TestMethod]
    public void Of_WhenAnInvalidByteLiesPastTheFirstBlock_WarnsWithTheByteTextFileReaderNames()
    {
        using var dir = new TempFolder();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(new string('€', 30_000)), 0xDF, .. "ende\n"u8];
        var file = dir.WriteBytes("a.jsonl", bytes);

        var probe = TextFileProbe.Of(file);

        CollectionAssert.AreEqual(TextFileReader.Read(file).Warnings.ToArray(), probe.Warnings.ToArray());
        StringAssert.Contains(probe.Warnings[0], "invalid UTF-8 at byte 90000");
        Assert.AreEqual(TextFileReader.Read(file).Text!.TrimEnd('\n'), probe.Lines().Single().Text);
    }

    [TestMethod]
    public void Of_WhenANulByteFollowsAnInvalidOne_RefusesTheFileAsBinary()
    {
        using var dir = new TempFolder();
        var file = dir.WriteBytes("a.jsonl", [0x41, 0xFF, .. new byte[70_000], 0x00]);

        StringAssert.Contains(TextFileProbe.Of(file).Error, "is not a text file");
    }

    [TestMethod]
    public void Lines_WhenCrLfAndLoneCr_SplitsWhereTextFileReaderWouldStartANewLine()
    {
        using var dir = new TempFolder();
        var file = dir.Write("a.jsonl", "eins\r\nzwei\rdrei\n\nvier");

        var lines = TextFileProbe.Of(file).Lines().Select(l => l.Text).ToArray();

        CollectionAssert.AreEqual(TextFileReader.Read(file).Text!.Split('\n'), lines);
    }
}
