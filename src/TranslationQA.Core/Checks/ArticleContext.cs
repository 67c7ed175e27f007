using System.Runtime.CompilerServices;
using TranslationQA.Core.Checks.Residue;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// Per-article data every check needs (tokens, sentence-to-pair maps), computed once per analysis and shared
/// by all checks, so the catalogue stays linear in the article size.
/// </summary>
public sealed partial class ArticleContext
{
    private static readonly ConditionalWeakTable<ArticleAnalysis, ArticleContext> Cache = new();

    private IReadOnlyList<ResidueLine>? _residue;
    private HashSet<int>? _residueLines;
    private HashSet<string>? _midCaps;
    private List<int>? _content;

    private ArticleContext(ArticleAnalysis analysis)
    {
        Analysis = analysis;
        TargetTokens = analysis.TargetSentences.Select(s => Tokenizer.Tokenize(s.Text)).ToArray();
        SourceTokens = analysis.SourceSentences.Select(s => Tokenizer.Tokenize(s.Text)).ToArray();
        PairOfTarget = Enumerable.Repeat(-1, analysis.TargetSentences.Count).ToArray();
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            foreach (var t in analysis.Pairs[p].Target)
            {
                if (t >= 0 && t < PairOfTarget.Length)
                {
                    PairOfTarget[t] = p;
                }
            }
        }

        SourceLang = analysis.Article.SourceLang;
        FirstContentLine = analysis.TargetSentences.Count == 0 ? 1 : analysis.TargetSentences[0].Line;
    }

    /// <summary>Residue lines of the target (page boilerplate), shared so other checks can skip them.</summary>
    public IReadOnlyList<ResidueLine> Residue => _residue ??= FindResidue();

    private List<ResidueLine> FindResidue()
    {
        var found = PageResidueDetector.Find(Analysis.Article.Target).ToList();
        var lines = found.Select(r => r.Line).ToHashSet();
        found.AddRange(LeadingChrome.Find(Analysis).Where(r => lines.Add(r.Line)));
        return [.. found.OrderBy(r => r.Line)];
    }

    /// <summary>
    /// True when source sentence <paramref name="sentence"/> belongs to an XLIFF unit without a target: TQA011 reports
    /// the unit as untranslated, so no other check reports its sentences as missing again. The source is built line for
    /// line with the target, so the sentence stands on the unit's line, inside the unit's source text.
    /// </summary>
    public bool InUntranslatedUnit(int sentence)
    {
        var source = Analysis.SourceSentences[sentence];
        return Analysis.Article.Units?.Any(u => !u.Translated && Analysis.TargetSpan(u.Offset, 0).Line == source.Line
            && u.Source.Contains(source.Text, StringComparison.Ordinal)) == true;
    }

    /// <summary>True when 1-based target <paramref name="line"/> is page residue.</summary>
    public bool IsResidueLine(int line) => (_residueLines ??= Residue.Select(r => r.Line).ToHashSet()).Contains(line);

    /// <summary>Source words written capitalised somewhere other than at a sentence start: names, in English also titles.</summary>
    public IReadOnlySet<string> SourceCapitalisedMidSentence => _midCaps ??= SourceTokens
        .SelectMany(tokens => tokens.Skip(1).Where((t, i) => t.Type == TokenType.Word && t.IsCapitalised && tokens[i].Type == TokenType.Word))
        .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>The analysis.</summary>
    public ArticleAnalysis Analysis { get; }

    /// <summary>Tokens of each target sentence (offsets relative to the sentence).</summary>
    public IReadOnlyList<List<Token>> TargetTokens { get; }

    /// <summary>Tokens of each source sentence.</summary>
    public IReadOnlyList<List<Token>> SourceTokens { get; }

    /// <summary>For each target sentence, the index of its bead, or -1.</summary>
    public int[] PairOfTarget { get; }

    /// <summary>Source language code.</summary>
    public string SourceLang { get; }

    /// <summary>Line of the first target sentence (the headline).</summary>
    public int FirstContentLine { get; }

    /// <summary>True when the analysis has a source and alignment beads.</summary>
    public bool HasAlignment => Analysis.SourceSentences.Count > 0 && Analysis.Pairs.Count > 0;

    /// <summary>The shared context of <paramref name="analysis"/>.</summary>
    public static ArticleContext For(ArticleAnalysis analysis) => Cache.GetValue(analysis, a => new ArticleContext(a));

    /// <summary>Builds a finding over the target text from an absolute offset and length.</summary>
    public Finding Finding(RuleDescriptor rule, int offset, int length, string message, Severity? severity = null,
        string? sourceText = null, string? backTranslation = null, int? sourceSentence = null, string? evidence = null)
    {
        var span = Analysis.TargetSpan(offset, length);
        return new Finding(rule.Id, rule.Category, severity ?? rule.DefaultSeverity, span,
            Analysis.Article.Target.Substring(offset, length), sourceText, backTranslation, message, sourceSentence, evidence);
    }

    /// <summary>Builds a finding on a token of target sentence <paramref name="sentence"/>.</summary>
    public Finding Finding(RuleDescriptor rule, int sentence, int tokenOffset, int length, string message, Severity? severity = null,
        string? sourceText = null, string? backTranslation = null, int? sourceSentence = null, string? evidence = null) =>
        Finding(rule, Analysis.TargetSentences[sentence].Span.Offset + tokenOffset, length, message, severity, sourceText, backTranslation,
            sourceSentence, evidence);

    /// <summary>True when target sentence <paramref name="sentence"/> is in the headline or lead (first two paragraphs).</summary>
    public bool IsHeadlineOrLead(int sentence)
    {
        // Page residue above the article (a menu, "Werbung") does not push the headline down.
        var content = ContentSentences();
        var lines = content.Select(s => Analysis.TargetSentences[s].Line).Distinct().Take(3).ToList();
        return lines.Contains(Analysis.TargetSentences[sentence].Line) && content.IndexOf(sentence) is >= 0 and < 4;
    }

    /// <summary>
    /// True for the headline: the German rendering of the first source sentence when there is a source, else the first
    /// target sentence that is not page residue.
    /// </summary>
    public bool IsHeadline(int sentence)
    {
        var aligned = Analysis.Pairs.FirstOrDefault(p => p.Source.Contains(0) && p.Target.Count > 0);
        return aligned is not null ? aligned.Target.Contains(sentence) : ContentSentences() is [var first, ..] && first == sentence;
    }

    private List<int> ContentSentences() =>
        _content ??= [.. Enumerable.Range(0, Analysis.TargetSentences.Count).Where(s => !IsResidueLine(Analysis.TargetSentences[s].Line))];

    /// <summary>The lines of the German text that are article content, not page residue.</summary>
    public IEnumerable<TextLine> ContentLines() => TextLines.Enumerate(Analysis.Article.Target).Where(l => !IsResidueLine(l.Number));

    /// <summary>Source text of the sentences of bead <paramref name="pair"/>, joined.</summary>
    public string SourceText(AlignedPair pair) => string.Join(" ", pair.Source.Select(i => Analysis.SourceSentences[i].Text));
}
