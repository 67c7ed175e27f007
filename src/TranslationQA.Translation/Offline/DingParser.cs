namespace TranslationQA.Translation.Offline;

/// <summary>One German headword of a Ding sub-entry, without markup.</summary>
/// <param name="Word">The headword as written (case kept), possibly several words.</param>
/// <param name="Position">Its 0-based position among the sub-entry's German synonyms.</param>
/// <param name="Kind">Whether Ding wrote it alone or it was read out of a longer synonym.</param>
internal sealed record DingHead(string Word, int Position, DingHeadKind Kind = DingHeadKind.Written);

/// <summary>How a headword stands in its Ding synonym.</summary>
internal enum DingHeadKind
{
    /// <summary>Written as is, markup aside.</summary>
    Written,
    /// <summary>A preposition or article of the synonym dropped ("auf etw. verzichten" as "verzichten").</summary>
    Reduced,
    /// <summary>The abbreviation written between slashes after the synonym ("/BIP/").</summary>
    Abbreviation,
}

/// <summary>One English rendering of a Ding sub-entry.</summary>
/// <param name="Text">Normalised lower-case lemma or phrase.</param>
/// <param name="Position">0-based position among the sub-entry's English synonyms.</param>
/// <param name="Labels">Labels on the rendering itself, e.g. "coll.".</param>
/// <param name="Abbreviation">The English abbreviation written after it between slashes ("gdp"), lower-case, or null.</param>
internal sealed record DingRendering(string Text, int Position, IReadOnlyList<string> Labels, string? Abbreviation = null);

/// <summary>The k-th parallel part of a Ding line: German synonyms paired with English synonyms.</summary>
/// <param name="Heads">German headwords.</param>
/// <param name="Renderings">English renderings.</param>
/// <param name="Labels">Labels on the German side, which qualify the whole part.</param>
/// <param name="IsVerb">True when the part is marked as a verb ({vt}, {vi}, {vr}, {v}); Ding marks only the first part.</param>
internal sealed record DingPart(IReadOnlyList<DingHead> Heads, IReadOnlyList<DingRendering> Renderings, IReadOnlyList<string> Labels, bool IsVerb = false);

/// <summary>Parses Ding "German :: English" lines: '|' separates parallel parts, ';' synonyms.</summary>
internal static class DingParser
{
    /// <summary>Parses one line; null for comments and malformed lines.</summary>
    public static IReadOnlyList<DingPart>? ParseLine(string line)
    {
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var sep = line.IndexOf(" :: ", StringComparison.Ordinal);
        if (sep < 0)
        {
            return null;
        }

        var german = line[..sep].Split('|');
        var english = line[(sep + 4)..].Split('|');
        // Parts pair up only when both sides have the same number; otherwise only the first part is trustworthy.
        var count = german.Length == english.Length ? german.Length : 1;
        var parts = new List<DingPart>(count);
        for (var k = 0; k < count; k++)
        {
            parts.Add(ParsePart(german[k], english[k]));
        }

        return parts;
    }

    private static DingPart ParsePart(string german, string english)
    {
        var labels = GlossText.Labels(german);
        var heads = new List<DingHead>();
        var position = 0;
        var verb = DingHeadword.IsVerbPart(german);
        foreach (var raw in SplitSynonyms(german))
        {
            if (DingHeadword.Of(raw, verb) is not { } head)
            {
                continue;
            }

            heads.Add(new DingHead(head.Word, position, head.Reduced ? DingHeadKind.Reduced : DingHeadKind.Written));
            // "Bruttoinlandsprodukt {n} /BIP/": the abbreviation is a headword with the same renderings.
            if (DingHeadword.Abbreviation(raw) is { } abbreviation && abbreviation != head.Word)
            {
                heads.Add(new DingHead(abbreviation, position, DingHeadKind.Abbreviation));
            }

            position++;
        }

        var renderings = new List<DingRendering>();
        position = 0;
        foreach (var raw in SplitSynonyms(english))
        {
            var text = GlossText.NormaliseEnglish(raw);
            if (text is null)
            {
                continue;
            }

            renderings.Add(new DingRendering(text, position++, GlossText.Labels(raw), DingHeadword.Abbreviation(raw)?.ToLowerInvariant()));
        }

        return new DingPart(heads, renderings, labels, verb);
    }

    /// <summary>The word of the first head of <paramref name="part"/> at <paramref name="position"/> that is no abbreviation, or null.</summary>
    internal static string? HeadAt(DingPart part, int position)
    {
        foreach (var head in part.Heads)
        {
            if (head.Position == position && head.Kind != DingHeadKind.Abbreviation)
            {
                return head.Word;
            }
        }

        return null;
    }

    /// <summary>Splits on ';' outside brackets, so "(a; b)" notes stay whole.</summary>
    internal static IEnumerable<string> SplitSynonyms(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{' or '<')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '>')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ';' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
