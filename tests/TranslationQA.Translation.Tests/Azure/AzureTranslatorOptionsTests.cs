using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Azure;

namespace TranslationQA.Translation.Tests.Azure;

[TestClass]
public sealed class AzureTranslatorOptionsTests
{
    [TestMethod]
    [DataRow(null)]
    [DataRow("  ")]
    public void FromEnvironment_WhenKeyMissing_ThrowsEngineExceptionNamingVariable(string? key)
    {
        var ex = Assert.ThrowsExactly<EngineException>(
            () => AzureTranslatorOptions.FromEnvironment(null, n => n == AzureTranslatorOptions.KeyVariable ? key : null));

        StringAssert.Contains(ex.Message, "AZURE_TRANSLATOR_KEY");
    }

    [TestMethod]
    public void FromEnvironment_WhenAllSet_OverrideEndpointWinsAndKeyStaysHidden()
    {
        var env = new Dictionary<string, string?>
        {
            ["AZURE_TRANSLATOR_KEY"] = "k-123-secret",
            ["AZURE_TRANSLATOR_REGION"] = "westeurope",
            ["AZURE_TRANSLATOR_ENDPOINT"] = "https://env.example/",
        };

        var fromEnv = AzureTranslatorOptions.FromEnvironment(null, n => env.GetValueOrDefault(n));
        var overridden = AzureTranslatorOptions.FromEnvironment("https://cli.example/", n => env.GetValueOrDefault(n));

        Assert.AreEqual(new Uri("https://env.example/"), fromEnv.Endpoint);
        Assert.AreEqual("westeurope", fromEnv.Region);
        Assert.AreEqual(new Uri("https://cli.example/"), overridden.Endpoint);
        Assert.DoesNotContain("k-123-secret", fromEnv.ToString());
    }

    [TestMethod]
    public void FromEnvironment_WhenOnlyKeySet_UsesGlobalEndpointAndDefaults()
    {
        var options = AzureTranslatorOptions.FromEnvironment(null, n => n == "AZURE_TRANSLATOR_KEY" ? "k" : null);

        Assert.AreEqual(AzureTranslatorOptions.DefaultEndpoint, options.Endpoint);
        Assert.IsNull(options.Region);
        Assert.AreEqual(4, options.MaxConcurrency);
        Assert.AreEqual(1000, options.MaxElementsPerRequest);
        Assert.AreEqual(50_000, options.MaxCharactersPerRequest);
    }

    [TestMethod]
    public void FromEnvironment_WhenEndpointNotAUrl_ThrowsEngineException()
    {
        Assert.ThrowsExactly<EngineException>(
            () => AzureTranslatorOptions.FromEnvironment("not a url", n => n == "AZURE_TRANSLATOR_KEY" ? "k" : null));
    }
}
