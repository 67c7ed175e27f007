using TranslationQA.Reporting.Review;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Review;

[TestClass]
public sealed class SuppressionFileTests
{
    private const string Fingerprint = "2a9b253eafd9d3e573aff2caaa0fa7b7";

    [TestMethod]
    public void Read_WhenOnlyFingerprintAndJustification_ReadsWithCommentsAndTrailingCommas()
    {
        using var temp = new TempDir();
        var path = Write(temp, $$"""
            // decisions of the desk, reviewed in PR 12
            {"version": 1, "suppressions": [{"fingerprint": "{{Fingerprint.ToUpperInvariant()}}", "justification": "satire",},],}
            """);

        var file = SuppressionFile.Read(path);

        Assert.AreEqual("satire", file.Suppressions!.Single().Justification);
    }

    [TestMethod]
    [DataRow("{\"version\": 1, \"suppressions\": [{\"fingerprint\": \"" + Fingerprint + "\"}]}", "suppression 1 has no \"justification\"")]
    [DataRow("{\"version\": 1, \"suppressions\": [{\"fingerprint\": \"" + Fingerprint + "\", \"justification\": \"  \"}]}", "suppression 1 has no \"justification\"")]
    [DataRow("{\"version\": 1, \"suppressions\": [{\"justification\": \"x\"}]}", "suppression 1 has no \"fingerprint\"")]
    [DataRow("{\"version\": 1, \"suppressions\": [{\"fingerprint\": \"abc\", \"justification\": \"x\"}]}", "32 hex digits")]
    [DataRow("{\"version\": 2, \"suppressions\": []}", "\"version\" must be 1, found 2")]
    [DataRow("{\"version\": 1}", "has no \"suppressions\" list")]
    [DataRow("{\"version\": 1, \"suppressions\": [\n  {\"fingerprint\": \"" + Fingerprint + "\",\n   \"justification\": \"x\" \"decidedAt\": 1}]}", "LineNumber: 2")]
    [DataRow("{\"version\": 1, \"suppressions\": [{\"fingerprint\": \"" + Fingerprint + "\", \"justification\": \"x\", \"decidedAt\": \"yesterday\"}]}", "decidedAt")]
    public void Read_WhenMalformed_ThrowsNamingTheFileAndTheProblem(string json, string problem)
    {
        using var temp = new TempDir();
        var path = Write(temp, json);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => SuppressionFile.Read(path));

        StringAssert.StartsWith(error.Message, path);
        StringAssert.Contains(error.Message, problem);
    }

    [TestMethod]
    public void Read_WhenLargerThanTheLimit_RefusesWithoutReading()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "big.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(SuppressionFile.MaxBytes + 1);
        }

        var error = Assert.ThrowsExactly<InvalidDataException>(() => SuppressionFile.Read(path));

        StringAssert.Contains(error.Message, "a suppressions file may have at most");
    }

    private static string Write(TempDir temp, string json)
    {
        var path = Path.Combine(temp.Path, SuppressionFile.DefaultFileName);
        File.WriteAllText(path, json);
        return path;
    }
}
