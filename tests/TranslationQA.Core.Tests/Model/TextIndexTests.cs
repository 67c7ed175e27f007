using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Model;

[TestClass]
public sealed class TextIndexTests
{
    [TestMethod]
    [DataRow(0, 1, 1)]
    [DataRow(3, 1, 4)]
    [DataRow(4, 2, 1)]
    [DataRow(5, 3, 1)]
    [DataRow(9, 3, 5)]
    public void Span_WhenOffsetOnAnyLine_ReturnsOneBasedLineAndColumn(int offset, int line, int column)
    {
        var index = new TextIndex("abc\n\nline3");

        var span = index.Span(offset, 1);

        Assert.AreEqual(line, span.Line);
        Assert.AreEqual(column, span.Column);
        Assert.AreEqual(offset + 1, span.End);
    }

    [TestMethod]
    public void Span_WhenSpanRunsPastTheText_Throws()
    {
        var index = new TextIndex("abc");

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => index.Span(2, 5));
    }
}
