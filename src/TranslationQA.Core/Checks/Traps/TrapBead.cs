using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>The words a trap looks at in one bead: its German and source words, and the source stems (built on demand).</summary>
internal sealed class TrapBead
{
    private readonly List<string> _sourceWords;
    private readonly string _lang;
    private List<string>? _sourceStems;

    private TrapBead(HashSet<string> words, List<string> sourceWords, string lang)
    {
        Words = words;
        _sourceWords = sourceWords;
        _lang = lang;
    }

    /// <summary>German and source words of the bead (lower case, elision stripped).</summary>
    public HashSet<string> Words { get; }

    /// <summary>Stems of the source words in order; only traps with a source term need them, so they are built lazily.</summary>
    public List<string> SourceStems => _sourceStems ??= _sourceWords.ConvertAll(w => Stemmer.Stem(w, _lang));

    /// <summary>A target sentence without a bead: its own words only.</summary>
    public static TrapBead OfSentence(ArticleContext context, int sentence) =>
        new(new HashSet<string>(context.TargetWordKeys[sentence], StringComparer.Ordinal), [], context.SourceLang);

    /// <summary>The German sentences of <paramref name="pair"/> plus its source sentences.</summary>
    public static TrapBead OfPair(ArticleContext context, Model.AlignedPair pair)
    {
        var sourceWords = new List<string>();
        foreach (var s in pair.Source)
        {
            sourceWords.AddRange(context.SourceWordKeys[s]);
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in pair.Target)
        {
            words.UnionWith(context.TargetWordKeys[t]);
        }

        words.UnionWith(sourceWords);
        return new TrapBead(words, sourceWords, context.SourceLang);
    }
}
