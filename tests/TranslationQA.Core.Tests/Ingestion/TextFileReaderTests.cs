using System.Text;
using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

[TestClass]
public sealed class TextFileReaderTests
{
    [TestMethod]
    public void Decode_WhenBomAndCrlf_StripsBomAndNormalisesLineEnds()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Erste Zeile.\r\nZweite\rDritte")];

        var result = TextFileReader.Decode(bytes, "a.txt");

        Assert.AreEqual("Erste Zeile.\nZweite\nDritte", result.Text);
        Assert.IsEmpty(result.Warnings);
    }

    [TestMethod]
    public void Decode_WhenInvalidUtf8_ReadsAsWindows1252AndWarnsNamingTheFile()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Au"), 0xDF, .. Encoding.ASCII.GetBytes("enminister")];

        var result = TextFileReader.Decode(bytes, "fixtures/x/target.de.txt");

        Assert.AreEqual("Außenminister", result.Text);
        Assert.HasCount(1, result.Warnings);
        StringAssert.Contains(result.Warnings[0], "fixtures/x/target.de.txt");
        StringAssert.Contains(result.Warnings[0], "invalid UTF-8");
    }

    [TestMethod]
    public void Decode_WhenBinary_FailsNamingTheFile()
    {
        var result = TextFileReader.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "photo.txt");

        Assert.IsNull(result.Text);
        StringAssert.StartsWith(result.Error, "photo.txt: is not a text file");
    }

    [TestMethod]
    public void Decode_WhenUtf16WithBom_DecodesIt()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Kiew")];

        Assert.AreEqual("Kiew", TextFileReader.Decode(bytes, "a.txt").Text);
    }
}
