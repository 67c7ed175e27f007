using System.Text.Json;
using System.Xml;

namespace TranslationQA.Cli.Tests;

/// <summary>Checks that what a run left in its output folder can be used: every report whole, no scratch file.</summary>
internal static class OutputFolder
{
    /// <summary>Fails unless every file under <paramref name="dir"/> parses as what its name says.</summary>
    public static void AssertEveryFileIsWhole(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            Assert.IsFalse(name.StartsWith('.'), $"scratch file left behind: {file}");
            switch (Path.GetExtension(file))
            {
                case ".json" or ".sarif":
                    using (var stream = File.OpenRead(file))
                    using (JsonDocument.Parse(stream))
                    {
                    }

                    break;
                case ".xml":
                    using (var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
                    {
                        while (reader.Read())
                        {
                        }
                    }

                    break;
                case ".html":
                    StringAssert.EndsWith(File.ReadAllText(file), "</html>\n", $"{file} is cut short");
                    break;
                case ".jsonl":
                    // The resume journal an interrupted run leaves: its lines, each whole, flushed before the exit.
                    var text = File.ReadAllText(file);
                    StringAssert.EndsWith(text, "\n", $"{file} ends inside a line");
                    foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        using (JsonDocument.Parse(line))
                        {
                        }
                    }

                    break;
                case ".md":
                    Assert.IsFalse(string.IsNullOrWhiteSpace(File.ReadAllText(file)), $"{file} is empty");
                    break;
                default:
                    Assert.Fail($"unexpected file in the output: {file}");
                    break;
            }
        }
    }
}
