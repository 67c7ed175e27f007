namespace TranslationQA.Core.Checks.Terminology;

/// <summary>A term base that cannot be read: the message names the file and the position (line, and column if known).</summary>
public sealed class GlossaryFormatException : FormatException
{
    /// <summary>A problem at <paramref name="line"/> (and <paramref name="column"/>, 0 if unknown) of <paramref name="file"/>.</summary>
    public GlossaryFormatException(string file, int line, int column, string problem, Exception? inner = null)
        : base(column > 0 ? $"{file}: line {line}, column {column}: {problem}" : $"{file}: line {line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an exception with no position (a problem of the whole file).</summary>
    public GlossaryFormatException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner) => File = file;

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>1-based line, 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }
}
