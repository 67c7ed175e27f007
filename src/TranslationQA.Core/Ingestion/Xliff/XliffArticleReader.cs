using System.Xml;

namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>
/// Reads an XLIFF 1.2 or 2.x file: each <c>&lt;file&gt;</c> element is one article. The XML comes from people the run
/// does not trust, so it is read with DTDs prohibited (a DOCTYPE is an error: no entity is ever declared, so none is
/// expanded or fetched), no resolver (nothing is read from disk or network) and the document bounded by the article
/// size limit. A file that is not well-formed is one error naming the file, line and column; the run goes on.
/// </summary>
internal static class XliffArticleReader
{
    /// <summary>True for a file name XLIFF is read from (.xlf, .xliff).</summary>
    public static bool IsXliff(string path) =>
        path.EndsWith(".xlf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xliff", StringComparison.OrdinalIgnoreCase);

    /// <summary>The articles of <paramref name="path"/>, a regular file the caller has checked, or one error for the file.</summary>
    public static IReadOnlyList<ArticleInput> Read(string path, InputLimits limits)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        IReadOnlyList<XliffFile> files;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            if (stream.Length > limits.MaxArticleBytes)
            {
                return [ArticleReader.Error(name, path, $"{path}: {limits.TooLarge("the file", stream.Length)}")];
            }

            using var reader = XmlReader.Create(stream, Settings(limits));
            try
            {
                files = XliffParser.Parse(reader);
            }
            catch (FormatException e)
            {
                return [ArticleReader.Error(name, path, $"{At(path, reader)}: not an XLIFF file: {e.Message}")];
            }
            catch (XmlException e)
            {
                var where = e.LineNumber > 0 ? $"{path}({e.LineNumber},{e.LinePosition})" : DoctypeAt(path);
                return [ArticleReader.Error(name, path, $"{where}: {Describe(e)}")];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ArticleReader.Error(name, path, $"{path}: cannot be read ({e.Message})")];
        }

        if (files.Count == 0)
        {
            return [ArticleReader.Error(name, path, $"{path}: holds no <file> element")];
        }

        return XliffArticles.Build(path, name, files);
    }

    /// <summary>The reader settings for untrusted XLIFF.</summary>
    private static XmlReaderSettings Settings(InputLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // A DTD is refused before an entity could be declared; the bounds hold should that ever change.
        MaxCharactersInDocument = limits.MaxArticleBytes,
        MaxCharactersFromEntities = limits.MaxArticleBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// Where the DOCTYPE stands: .NET's refusal of a DTD carries no position. It is in the prolog, before the root
    /// element, so the first 64 KB are looked through (the file has been opened as a regular file already).
    /// </summary>
    private static string DoctypeAt(string path)
    {
        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[65_536];
        var prolog = buffer.AsSpan(0, text.ReadBlock(buffer));
        var at = prolog.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return path;
        }

        var before = prolog[..at];
        return $"{path}({before.Count('\n') + 1},{at - before.LastIndexOf('\n')})";
    }

    private static string At(string path, XmlReader reader) =>
        $"{path}({((IXmlLineInfo)reader).LineNumber},{((IXmlLineInfo)reader).LinePosition})";

    private static string Describe(XmlException e)
    {
        // The reader's message ends with "Line n, position m.", which the file name already says.
        var message = e.Message.Replace($" Line {e.LineNumber}, position {e.LinePosition}.", "", StringComparison.Ordinal).Trim();
        return e.Message.Contains("DTD is prohibited", StringComparison.Ordinal)
            ? "the file has a DOCTYPE (DTD); XLIFF needs none and TranslationQA never reads one, so the file is refused"
            : $"not well-formed XML: {message}";
    }
}
