using TranslationQA.Core.Model;

namespace TranslationQA.Core.Ingestion;

/// <summary>An article as read: either the article (with any warnings) or the error that stopped it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Path">File or folder it came from.</param>
/// <param name="Article">The article, null when <see cref="Error"/> is set.</param>
/// <param name="Error">Why the article cannot be checked (names the file and the problem).</param>
/// <param name="Warnings">Problems that did not stop it (e.g. read as Windows-1252).</param>
/// <param name="KnownResult">
/// The article's result when it is already known (a resumed run keeps those of the run it continues): the pipeline
/// passes it through in its place instead of checking the article again.
/// </param>
public sealed record ArticleInput(string Id, string Path, Article? Article, string? Error, IReadOnlyList<string> Warnings,
    ArticleResult? KnownResult = null);
