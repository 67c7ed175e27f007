namespace TranslationQA.Reporting.Json;

/// <summary>
/// What <c>translationqa merge</c> needs, beyond an article's document, to write every report of the article exactly
/// as a single run does. Only a shard run writes it; numbers are exact where the document rounds them.
/// </summary>
/// <param name="Position">0-based place of the article in the whole input, across every shard.</param>
/// <param name="Score">The exact MQM score.</param>
/// <param name="TargetPath">The German file.</param>
/// <param name="SourcePath">The source file, if any.</param>
/// <param name="Source">The source text, if any.</param>
/// <param name="Target">The German text (findings and sentences point into it).</param>
/// <param name="BackTranslationLang">Language of the back-translation.</param>
/// <param name="TargetSpans">Offset and length of each German sentence.</param>
/// <param name="SourceSentences">The source sentences.</param>
/// <param name="PairScores">The exact score of each bead.</param>
/// <param name="Diffs">Per bead, its word diff: each piece prefixed with = (equal), - (deleted) or + (inserted).</param>
/// <param name="FindingSourceSentences">Per finding, the source sentence it concerns, if any.</param>
/// <param name="Words">Per German sentence, its glossed words (the chosen sense of each), when the engine glossed word by word.</param>
/// <param name="Links">Per bead, its word links.</param>
public sealed record MergeDataDocument(
    long Position,
    double Score,
    string? TargetPath = null,
    string? SourcePath = null,
    string? Source = null,
    string? Target = null,
    string? BackTranslationLang = null,
    IReadOnlyList<IReadOnlyList<int>>? TargetSpans = null,
    IReadOnlyList<SourceSentenceDocument>? SourceSentences = null,
    IReadOnlyList<double>? PairScores = null,
    IReadOnlyList<IReadOnlyList<string>>? Diffs = null,
    IReadOnlyList<int?>? FindingSourceSentences = null,
    IReadOnlyList<IReadOnlyList<WordDocument>>? Words = null,
    IReadOnlyList<IReadOnlyList<LinkDocument>>? Links = null);

/// <summary>A glossed German word: where it stands in its sentence, its kind and its chosen gloss.</summary>
public sealed record WordDocument(int Offset, int Length, string Kind, string? Gloss);

/// <summary>A word link: the source word and the German word it is rendered by, why, and the sense that renders it.</summary>
public sealed record LinkDocument(int SourceSentence, int SourceOffset, int SourceLength, int TargetSentence, int TargetOffset, int TargetLength,
    string Kind, string? Sense);

/// <summary>A source sentence with where it stands in the source text.</summary>
public sealed record SourceSentenceDocument(int Index, string Text, int Offset, int Length, int Line, int Column);
