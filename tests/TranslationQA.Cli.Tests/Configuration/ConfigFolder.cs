namespace TranslationQA.Cli.Tests.Configuration;

/// <summary>A scratch working folder for a test, deleted at the end.</summary>
internal sealed class ConfigFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tqa-config-" + Guid.NewGuid().ToString("N"));

    public ConfigFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
