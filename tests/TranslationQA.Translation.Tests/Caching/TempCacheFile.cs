namespace TranslationQA.Translation.Tests.Caching;

/// <summary>A cache path in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempCacheFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tqa-cache-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "sub", "translations.sqlite");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
