using System.Net;
using System.Net.Sockets;
using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion.Xliff;

/// <summary>Hostile XLIFF: external entities, external DTDs, entity bombs, broken XML, links and oversized files.</summary>
[TestClass]
public sealed class XliffSafetyTests
{
    private const string Unit =
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" " +
        "target-language=\"de\"><body><trans-unit id=\"1\"><source>Hi.</source><target>{0}</target></trans-unit></body></file></xliff>";

    [TestMethod]
    public void Read_WhenAnEntityPointsAtALocalFile_RefusesTheDoctypeAndReadsNothingOfIt()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "password=hunter2");
        using var dir = new TempFolder();
        var path = dir.Write("xxe.xlf", $"<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY s SYSTEM \"file://{secret}\">]>\n" +
            string.Format(Unit, "&s;"));

        var input = new ArticleReader().Read(path).Single();

        Assert.IsNull(input.Article);
        StringAssert.StartsWith(input.Error, $"{path}(2,");
        StringAssert.Contains(input.Error, "DOCTYPE");
        Assert.DoesNotContain("hunter2", input.Error);
    }

    [TestMethod]
    public async Task Read_WhenTheDoctypeNamesADtdOnAServer_SendsNoRequest()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var accepted = listener.AcceptTcpClientAsync();
            using var dir = new TempFolder();
            var path = dir.Write("dtd.xlf", $"<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:{port}/xliff.dtd\">\n" +
                string.Format(Unit, "Hallo."));

            var input = new ArticleReader().Read(path).Single();

            StringAssert.Contains(input.Error, $"{path}(2,");
            StringAssert.Contains(input.Error, "DOCTYPE");
            // A connection the reader had opened would be waiting in the listener's queue by now.
            var first = await Task.WhenAny(accepted, Task.Delay(TimeSpan.FromMilliseconds(200)));
            Assert.AreNotSame(accepted, first, "the reader connected to the DTD's server");
        }
        finally
        {
            listener.Stop();
        }
    }

    [TestMethod]
    [DataRow("<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">" +
        "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">", "&i;")]
    [DataRow("<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;", "Hallo.")]
    public void Read_WhenTheDocumentDeclaresEntities_RefusesItAtTheDoctype(string subset, string target)
    {
        using var dir = new TempFolder();
        var path = dir.Write("bomb.xlf", $"<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [{subset}]>\n" + string.Format(Unit, target));

        var input = new ArticleReader().Read(path).Single();

        Assert.IsNull(input.Article);
        StringAssert.StartsWith(input.Error, $"{path}(2,");
        StringAssert.Contains(input.Error, "DOCTYPE");
    }

    [TestMethod]
    public void Read_WhenTheXmlIsMalformed_NamesTheFileLineAndColumn()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.xlf", "<?xml version=\"1.0\"?>\n" + string.Format(Unit, "Hallo.").Replace("</target>", "</targt>"));

        var input = new ArticleReader().Read(path).Single();

        Assert.IsNull(input.Article);
        StringAssert.Matches(input.Error, new System.Text.RegularExpressions.Regex(
            $"^{System.Text.RegularExpressions.Regex.Escape(path)}\\(2,\\d+\\): not well-formed XML: .*'target'"));
        Assert.DoesNotContain("Line 2, position", input.Error);
    }

    [TestMethod]
    public void Read_WhenTheFileIsAboveTheSizeLimit_RefusesItBeforeParsing()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.xlf", string.Format(Unit, new string('a', 3_000)));

        var input = new ArticleReader(limits: new InputLimits(2_000)).Read(path).Single();

        StringAssert.Contains(input.Error, "above the article size limit of 2,000 bytes");
    }

    [TestMethod]
    public void Read_WhenAnXliffFileInTheFolderLinksOutOfIt_RefusesItAndReadsTheOthers()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.xlf", string.Format(Unit, "Geheim."));
        using var dir = new TempFolder();
        dir.Write("good.xlf", string.Format(Unit, "Hallo."));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "linked.xlf"), secret);

        var inputs = new ArticleReader().Read(dir.Path);

        Assert.AreEqual("Hallo.", inputs.Single(i => i.Id == "good").Article!.Target);
        StringAssert.Contains(inputs.Single(i => i.Id == "linked").Error, "linked.xlf: a symbolic link that leaves the input folder");
    }
}
