using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>
/// What the traps of one article look at: the beads (shared by all target sentences of a bead, so built once) and,
/// for article-scope rows, every word of the German and source text.
/// </summary>
internal sealed class TrapScope(ArticleContext context)
{
    private readonly Dictionary<int, TrapBead> _beads = [];
    private HashSet<string>? _articleWords;

    /// <summary>The article's shared context.</summary>
    public ArticleContext Context { get; } = context;

    /// <summary>The words of bead <paramref name="pairIndex"/>, built on first use.</summary>
    public TrapBead Bead(int pairIndex)
    {
        if (!_beads.TryGetValue(pairIndex, out var bead))
        {
            bead = TrapBead.OfPair(Context, Context.Analysis.Pairs[pairIndex]);
            _beads[pairIndex] = bead;
        }

        return bead;
    }

    /// <summary>True when the trap's context words allow it in its scope (the bead or the whole article).</summary>
    public bool Allows(CompiledTrap trap, TrapBead bead) => trap.ContextAllows(trap.Trap.ArticleScope ? ArticleWords() : bead.Words);

    private HashSet<string> ArticleWords()
    {
        if (_articleWords is null)
        {
            _articleWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in (string[])[Context.Analysis.Article.Target, Context.Analysis.Article.Source ?? ""])
            {
                foreach (var token in Tokenizer.Words(text))
                {
                    _articleWords.Add(Stemmer.StripElision(token.Text.ToLowerFast()));
                }
            }
        }

        return _articleWords;
    }
}
