using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>Writes a run's report in one format into the output folder. Writers plug in by <see cref="Format"/> name.</summary>
public interface IReportWriter
{
    /// <summary>Format name as used with <c>--format</c> (html, json, sarif, junit, md).</summary>
    string Format { get; }

    /// <summary>Writes the report files of this format into <paramref name="outputDirectory"/> (which exists).</summary>
    Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken);
}
