using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// A glossary term compiled for matching, inflection-aware: a word matches when its stem (Core's suffix stemmer for
/// the language, after the engine's lemma where there is one) equals the term's ("Telefonats" for "Telefonat", "calls"
/// for "call"). A term of several words matches the same words in a row. A trailing <c>*</c> lets the term also be the
/// first part of a compound ("Berufung*" in "Berufungsverfahren", after a linking s, es, n, en, er or e), a leading
/// <c>*</c> the last part ("*gespräch" in "Telefongespräche"); the engine's compound analysis and hyphenated parts
/// count as parts too.
/// </summary>
internal sealed class TermPattern
{
    // A compound part shorter than this is as likely a syllable as a word ("Rat" in "Ratte").
    private const int MinPart = 3;
    private static readonly string[] Linkers = ["es", "en", "er", "s", "n", "e", ""];

    private readonly string[] _words;
    private readonly bool _asModifier;
    private readonly bool _asHead;
    private readonly bool _caseSensitive;
    private readonly string _firstLower;

    /// <summary>Compiles <paramref name="text"/>.</summary>
    public TermPattern(string text, bool caseSensitive)
    {
        Text = text;
        _asHead = text.StartsWith('*');
        _asModifier = text.EndsWith('*');
        _words = [.. Tokenizer.Words(text.Trim('*')).Select(t => t.Text)];
        _firstLower = _words.Length == 0 ? "" : _words[0].ToLowerInvariant();
        _caseSensitive = caseSensitive;
    }

    /// <summary>The term as written.</summary>
    public string Text { get; }

    /// <summary>The term without its compound marks, as a suggestion reads it.</summary>
    public string Plain => Text.Trim('*');

    /// <summary>Every place (first and last word index) where the term stands in <paramref name="words"/>.</summary>
    public IEnumerable<(int First, int Last)> Matches(IReadOnlyList<TermWord> words, string lang)
    {
        var n = _words.Length;
        for (var i = 0; n > 0 && i + n <= words.Count; i++)
        {
            var all = true;
            for (var k = 0; k < n && all; k++)
            {
                all = WordMatches(k, words[i + k], lang);
            }

            if (all)
            {
                yield return (i, i + n - 1);
            }
        }
    }

    /// <summary>
    /// False when the term cannot stand in a sentence whose words have <paramref name="keys"/> (see
    /// <see cref="TermWord.Keys"/>): its first word, or its stem, is none of them. A marked term may stand inside a
    /// compound and is always tried. This lets a term base of thousands of entries skip most of them per sentence.
    /// </summary>
    public bool MayOccur(IReadOnlySet<string> keys, string lang)
    {
        if (_words.Length == 0)
        {
            return false;
        }

        if (_asHead || _asModifier)
        {
            return true;
        }

        return keys.Contains(_firstLower) || keys.Contains(Stemmer.Stem(_firstLower, lang));
    }

    /// <summary>True when the term stands anywhere in <paramref name="words"/>.</summary>
    public bool Occurs(IReadOnlyList<TermWord> words, string lang) => Matches(words, lang).Any();

    private bool WordMatches(int k, TermWord word, string lang)
    {
        var term = _words[k];
        var termLower = term.ToLowerInvariant();
        var stem = Stemmer.Stem(term, lang);
        var lower = Stemmer.StripElision(word.Surface.ToLowerInvariant());
        var surface = word.Surface[(word.Surface.Length - lower.Length)..];
        var pieces = lower.Split('-');
        // The parts of a hyphenated word are words of their own ("NATO-Staaten"), and so is the word without its hyphens.
        string[] forms = pieces.Length == 1 ? [lower] : [lower, string.Concat(pieces), .. pieces];
        var lemma = word.Lemma is { } l && !l.Contains('+', StringComparison.Ordinal) ? l.ToLowerInvariant() : null;
        if (forms.Any(f => Same(f, termLower, stem, lang)) || lemma is not null && Same(lemma, termLower, stem, lang))
        {
            // Case-sensitive: the term's letters as written up to its stem ("AfD", not "AFD").
            return !_caseSensitive || surface.Contains(term[..Math.Min(term.Length, stem.Length)], StringComparison.Ordinal);
        }

        var modifier = _asModifier && k == _words.Length - 1;
        var head = _asHead && k == 0;
        if ((!modifier && !head) || stem.Length < MinPart)
        {
            return false;
        }

        var parts = word.Lemma is { } analysis && analysis.Contains('+', StringComparison.Ordinal)
            ? analysis.Split('+').Where(p => !Linkers.Contains(p, StringComparer.Ordinal)).ToArray()
            : [];
        var found = modifier && (StartsCompound(pieces[0], stem) || pieces.Length > 1 && Stemmer.Stem(pieces[0], lang) == stem
                        || parts.Length > 1 && parts[..^1].Any(p => Stemmer.Stem(p, lang) == stem))
                    || head && (EndsCompound(Stemmer.Stem(pieces[^1], lang), stem) || pieces.Length > 1 && Stemmer.Stem(pieces[^1], lang) == stem
                        || parts.Length > 1 && Stemmer.Stem(parts[^1], lang) == stem);
        // Case-sensitive: the term's letters as written up to its stem ("AfD", not "AFD"); a head part drops its capital.
        var letters = term[..Math.Min(term.Length, stem.Length)];
        return found && (!_caseSensitive || surface.Contains(head && !modifier ? letters[1..] : letters, StringComparison.Ordinal));
    }

    /// <summary>
    /// A word form and a term are the same word when the form or its stem is the term or the term's stem: the light
    /// stemmer cuts some words too far ("haus" to "hau", "hauses" to "haus"), so both sides keep their written form.
    /// </summary>
    private static bool Same(string form, string termLower, string termStem, string lang)
    {
        var formStem = Stemmer.Stem(form, lang);
        return formStem == termStem || formStem == termLower || form == termStem || form == termLower;
    }

    /// <summary>"berufungsverfahren" starts with "berufung", a linker and a part of at least three letters.</summary>
    private static bool StartsCompound(string lower, string stem) =>
        lower.StartsWith(stem, StringComparison.Ordinal)
        && Linkers.Any(linker => string.CompareOrdinal(lower, stem.Length, linker, 0, linker.Length) == 0
                                 && lower.Length - stem.Length - linker.Length >= MinPart);

    /// <summary>"telefongespräch" ends with "gespräch" after a part of at least three letters.</summary>
    private static bool EndsCompound(string lowerStem, string stem) =>
        lowerStem.EndsWith(stem, StringComparison.Ordinal) && lowerStem.Length - stem.Length >= MinPart;
}
