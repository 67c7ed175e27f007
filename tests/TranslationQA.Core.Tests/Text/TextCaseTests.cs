using TranslationQA.Core.Text;

namespace TranslationQA.Core.Tests.Text;

[TestClass]
public sealed class TextCaseTests
{
    [TestMethod]
    [DataRow("Außenminister")]
    [DataRow("ÜBERGRIFF")]
    [DataRow("Éric Zemmour")]
    [DataRow("Île-de-France")]
    [DataRow("Wolodymyr Selenskyj")]
    [DataRow("bereits klein")]
    [DataRow("ΑΘΗΝΑ")]
    [DataRow("")]
    public void ToLowerFast_WhenAnyText_EqualsToLowerInvariant(string text)
    {
        Assert.AreEqual(text.ToLowerInvariant(), text.ToLowerFast());
    }

    [TestMethod]
    public void ToLowerFast_WhenAlreadyLowerCase_ReturnsTheSameInstance()
    {
        var text = "straße";

        Assert.AreSame(text, text.ToLowerFast());
    }
}
