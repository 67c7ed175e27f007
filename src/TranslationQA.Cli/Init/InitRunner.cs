namespace TranslationQA.Cli.Init;

/// <summary>Writes the starter config and, when asked, a CI definition; refuses, writing nothing, when one exists.</summary>
internal sealed class InitRunner(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Writes into <paramref name="directory"/>; <paramref name="ci"/> is a key of <see cref="StarterFiles.Ci"/> or null.</summary>
    public int Run(string directory, string? ci)
    {
        List<StarterFile> files = [StarterFiles.Config, .. ci is null ? [] : new[] { StarterFiles.Ci[ci] }];
        var existing = files.Where(f => Path.Exists(Path.Combine(directory, f.Destination))).ToList();
        if (existing.Count > 0)
        {
            foreach (var file in existing)
            {
                stderr.WriteLine($"error: {file.Destination} already exists; init writes nothing (move it away or edit it)");
            }

            return ExitCodes.Error;
        }

        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Destination);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(file.Text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {file.Destination}: {e.Message}");
                return ExitCodes.Error;
            }

            stdout.WriteLine($"Wrote {file.Destination}");
        }

        stdout.WriteLine("Edit the articles path in the CI definition (articles/ there) and the gate in translationqa.json; 'translationqa check <path>' reads it.");
        return ExitCodes.Passed;
    }
}
