using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Links;

/// <summary>Builds the source and German terms of a bead from its sentences and the engine's word glosses.</summary>
internal static class TermBuilder
{
    /// <summary>The words of source sentences <paramref name="sentences"/>, in order.</summary>
    public static List<SourceTerm> Source(IReadOnlyList<Sentence> all, IReadOnlyList<int> sentences, string lang)
    {
        var raw = new List<(int Sentence, int Offset, int Length, string Text, WordRole Role, double[] Values, string? Entity)>();
        foreach (var s in sentences)
        {
            var text = all[s].Text;
            var tokens = Tokenizer.Tokenize(text);
            var entities = EntityOfToken(tokens);
            var numbers = NumberParser.Extract(tokens, text, lang).ToLookup(n => n.Offset);
            var lower = tokens.Select(t => Stemmer.StripElision(t.Text.ToLowerFast())).ToList();
            var firstWord = tokens.FindIndex(t => t.Type == TokenType.Word);
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Type == TokenType.Punct)
                {
                    continue;
                }

                // A designation with digits ("F-35", "G20") is a name, not a number.
                if (numbers[t.Offset].Any() && (t.Type == TokenType.Number || !t.Text.Any(char.IsAsciiDigit)))
                {
                    raw.Add((s, t.Offset, t.Length, t.Text, WordRole.Number, [.. numbers[t.Offset].Select(n => n.Value)], null));
                    continue;
                }

                if (t.Type == TokenType.Number)
                {
                    continue;
                }

                if (Negations.Is(lower[k], lang))
                {
                    raw.Add((s, t.Offset, t.Length, t.Text, WordRole.Negation, [], null));
                    continue;
                }

                foreach (var (offset, part) in Parts(t))
                {
                    var elided = Stemmer.StripElision(part);
                    var bare = WithoutPossessive(elided);
                    // A word with digits ("F-35", "G20", "22h52") is a designation: a name, never a word with senses.
                    var role = bare.Length < 2 || entities[k] is null && StopWords.IsStopWord(bare, lang) ? WordRole.Function
                        : entities[k] is not null || bare.Any(char.IsAsciiDigit) || IsNameLike(bare, k, firstWord, tokens) ? WordRole.Name
                        : WordRole.Content;
                    raw.Add((s, offset + part.Length - elided.Length, bare.Length, bare, role, [], entities[k]));
                }
            }
        }

        var terms = new List<SourceTerm>(raw.Count);
        foreach (var r in raw)
        {
            terms.Add(new SourceTerm(r.Sentence, r.Offset, r.Length, r.Text, Stemmer.Stem(r.Text, lang), r.Role,
                raw.Count <= 1 ? 0 : (double)terms.Count / (raw.Count - 1), r.Values, r.Entity));
        }

        return terms;
    }

    /// <summary>
    /// The glossed words of German sentences <paramref name="sentences"/>, in order, punctuation left out. A sentence
    /// the engine gave no word glosses for (a service without word alignment) gets its plain tokens, so that names
    /// and numbers can still be linked by spelling and value.
    /// </summary>
    public static List<TargetTerm> Target(
        IReadOnlyList<Sentence> targetSentences, IReadOnlyList<SentenceBackTranslation> all, IReadOnlyList<int> sentences, string lang)
    {
        var raw = new List<(int Sentence, WordGloss Word, WordRole Role, double[] Values, string? Entity)>();
        foreach (var t in sentences)
        {
            var glossed = all[t].Words.Count > 0 ? all[t].Words : PlainWords(targetSentences[t].Text);
            var words = glossed.Where(w => w.Kind != TokenKind.Punctuation).ToList();
            var tokens = words.Select(w => new Token(w.Offset, w.Length, w.Surface, w.Kind == TokenKind.Number ? TokenType.Number : TokenType.Word)).ToList();
            var entities = EntityOfToken(tokens);
            for (var k = 0; k < words.Count; k++)
            {
                var w = words[k];
                var lower = w.Surface.ToLowerFast();
                var values = w.Kind == TokenKind.Number ? NumberParser.Values(w.Surface, "de").ToArray()
                    : NumberParser.Extract([tokens[k]], w.Surface, "de") is [var number, ..] ? [number.Value] : [];
                var role = values.Length > 0 ? WordRole.Number
                    : Negations.Is(lower, "de") ? WordRole.Negation
                    : w.Kind == TokenKind.Function ? WordRole.Function
                    : w.Kind == TokenKind.Name || entities[k] is not null ? WordRole.Name
                    : WordRole.Content;
                raw.Add((t, w, role, values, entities[k]));
            }
        }

        var terms = new List<TargetTerm>(raw.Count);
        foreach (var r in raw)
        {
            // A German function word ("weniger", "nach", "ganz") can render a source content word (less, following,
            // completely), so its senses are candidates too; it is never reported as unlinked itself.
            var senses = r.Role is WordRole.Negation ? [] : SenseTable.Of(r.Word, lang);
            terms.Add(new TargetTerm(r.Sentence, r.Word, r.Role, raw.Count <= 1 ? 0 : (double)terms.Count / (raw.Count - 1), senses, r.Values, r.Entity));
        }

        return terms;
    }

    private static List<WordGloss> PlainWords(string sentence) =>
    [
        .. Tokenizer.Tokenize(sentence).Select(t => new WordGloss(t.Offset, t.Length, t.Text,
            t.Type switch
            {
                TokenType.Number => TokenKind.Number,
                TokenType.Punct => TokenKind.Punctuation,
                _ when StopWords.IsStopWord(t.Text, "de") => TokenKind.Function,
                _ => char.IsUpper(t.Text[0]) ? TokenKind.Name : TokenKind.Word,
            },
            null, [])),
    ];

    /// <summary>The country or organisation each token belongs to (every word of a multi-word name), or null.</summary>
    private static string?[] EntityOfToken(IReadOnlyList<Token> tokens)
    {
        var result = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Word && Gazetteer.Match(tokens, i) is { } m)
            {
                for (var k = i; k < i + m.Tokens && k < tokens.Count; k++)
                {
                    result[k] = m.Id;
                }

                i += m.Tokens - 1;
            }
        }

        return result;
    }

    /// <summary>
    /// The parts of a hyphenated word with their offsets ("long-term": long, term), each compared on its own, since
    /// German writes many of them as one word or two; a word with a digit part ("F-35") stays whole.
    /// </summary>
    private static IEnumerable<(int Offset, string Text)> Parts(Token t)
    {
        if (t.Text.AsSpan().IndexOfAny('-', '‑') < 0 || t.Text.Any(char.IsDigit))
        {
            yield return (t.Offset, t.Text);
            yield break;
        }

        var at = 0;
        foreach (var part in t.Text.Split('-', '‑'))
        {
            if (part.Length > 0)
            {
                yield return (t.Offset + at, part);
            }

            at += part.Length + 1;
        }
    }

    private static bool IsNameLike(string bare, int k, int firstWord, List<Token> tokens) =>
        bare.Length > 1 && char.IsUpper(bare[0]) && (k != firstWord || bare.Skip(1).All(char.IsUpper))
        && !(k > 0 && tokens[k - 1].Type == TokenType.Punct && tokens[k - 1].Text is ":" or "\"" or "“" or "«" or "(" or "'" or "‘");

    private static string WithoutPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2]
        : word.Length > 2 && word[^1] is '\'' or '’' ? word[..^1] : word;
}
