namespace TranslationQA.Reporting;

/// <summary>A report format that could not be written, and why.</summary>
/// <param name="Format">The writer's format name.</param>
/// <param name="Exception">What the writer threw.</param>
public sealed record ReportFailure(string Format, Exception Exception)
{
    /// <summary>One line for the console: format and message.</summary>
    public override string ToString() => $"{Format}: {Exception.GetType().Name}: {Exception.Message}";
}
