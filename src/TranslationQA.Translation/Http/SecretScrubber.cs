namespace TranslationQA.Translation.Http;

/// <summary>Removes a secret from text that may reach a user (exception messages, reports) as a last line of defence.</summary>
public static class SecretScrubber
{
    /// <summary>Returns <paramref name="text"/> with every occurrence of <paramref name="secret"/> replaced by ***.</summary>
    public static string Scrub(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);
}
