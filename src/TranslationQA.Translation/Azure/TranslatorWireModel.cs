using System.Text.Json.Serialization;

namespace TranslationQA.Translation.Azure;

/// <summary>One element of a Translator v3 translate request body.</summary>
internal sealed record TranslateInput([property: JsonPropertyName("Text")] string Text);

/// <summary>One element of the translate response: the translations of one input text.</summary>
internal sealed record TranslateResultItem(
    [property: JsonPropertyName("translations")] IReadOnlyList<TranslationEntry>? Translations);

/// <summary>One target-language translation of an input text.</summary>
internal sealed record TranslationEntry(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("alignment")] AlignmentEntry? Alignment);

/// <summary>Word alignment in the "proj" format: "srcStart:srcEnd-tgtStart:tgtEnd ..." (inclusive character indices).</summary>
internal sealed record AlignmentEntry([property: JsonPropertyName("proj")] string? Proj);

/// <summary>The service error envelope {"error":{"code":..., "message":...}}.</summary>
internal sealed record ErrorEnvelope([property: JsonPropertyName("error")] ErrorBody? Error);

/// <summary>The service error body; the code is a six-digit number such as 400050.</summary>
internal sealed record ErrorBody(
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("message")] string? Message);
