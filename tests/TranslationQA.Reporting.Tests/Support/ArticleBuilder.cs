using System.Text.RegularExpressions;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Tests.Support;

/// <summary>Builds a hand-made, fully consistent <see cref="ArticleResult"/>: texts, spans, beads, diffs, findings.</summary>
internal sealed partial class ArticleBuilder
{
    private readonly string _id;
    private readonly List<Sentence> _source = [];
    private readonly List<Sentence> _target = [];
    private readonly List<string> _backTranslations = [];
    private readonly List<AlignedPair> _pairs = [];
    private readonly List<(string Text, int Occurrence, Func<TextSpan, Finding> Make)> _findings = [];
    private string _sourceText = "";
    private string _targetText = "";
    private string _sourceLang = "en";

    public ArticleBuilder(string id) => _id = id;

    public ArticleBuilder From(string lang) { _sourceLang = lang; return this; }

    /// <summary>Adds a paragraph (one line) of source sentences.</summary>
    public ArticleBuilder Source(params string[] sentences) { _sourceText = AddLine(_sourceText, sentences, _source); return this; }

    /// <summary>Adds a paragraph of German sentences, each with its back-translation.</summary>
    public ArticleBuilder Target(params (string German, string Back)[] sentences)
    {
        _targetText = AddLine(_targetText, sentences.Select(s => s.German).ToArray(), _target);
        _backTranslations.AddRange(sentences.Select(s => s.Back));
        return this;
    }

    public ArticleBuilder Pair(int[] source, int[] target, double score) { _pairs.Add(new AlignedPair(source, target, score)); return this; }

    /// <summary>A finding on the <paramref name="occurrence"/>-th occurrence of <paramref name="german"/> in the target.</summary>
    public ArticleBuilder Finding(string german, string rule, string category, Severity severity, string message,
        string? source = null, string? back = null, int occurrence = 0, int? sourceIndex = null)
    {
        _findings.Add((german, occurrence, span => new Finding(rule, category, severity, span, german, source, back, message, sourceIndex)));
        return this;
    }

    /// <summary>A zero-length finding (an omission) placed at the end of <paramref name="afterGerman"/>.</summary>
    public ArticleBuilder Omission(string afterGerman, string rule, string message, string source, int sourceIndex)
    {
        _findings.Add((afterGerman, -1, span => new Finding(rule, "Accuracy/Omission", Severity.Major,
            span with { Offset = span.End, Length = 0, Column = span.Column + span.Length }, "", source, null, message, sourceIndex)));
        return this;
    }

    public ArticleResult Build(QualityGate gate, bool lexicalGloss = true)
    {
        var article = new Article(_id, _sourceLang, "de", _source.Count > 0 ? _sourceText : null, _targetText,
            $"samples/{_id}/target.de.txt", _source.Count > 0 ? $"samples/{_id}/source.{_sourceLang}.txt" : null);
        var diffs = _pairs.Select(p => p.Source.Count == 0 || p.Target.Count == 0
            ? new SentenceDiff([])
            : WordDiff.Compute(string.Join(' ', p.Source.Select(i => _source[i].Text)), string.Join(' ', p.Target.Select(i => _backTranslations[i])))).ToList();
        var analysis = new ArticleAnalysis(article, _source, _target,
            [.. _backTranslations.Select(b => new SentenceBackTranslation(b, []))], _pairs, diffs, _sourceLang, lexicalGloss);
        var findings = _findings.Select(f =>
        {
            var offset = Nth(_targetText, f.Text, Math.Max(0, f.Occurrence));
            return f.Make(analysis.TargetSpan(offset, f.Text.Length));
        }).OrderBy(f => f.Span.Offset).ToList();
        var words = WordRegex().Matches(_targetText).Count;
        var penalty = findings.Sum(f => f.Severity switch { Severity.Critical => 25, Severity.Major => 5, _ => 1 });
        var score = words == 0 ? 0 : penalty * 1000.0 / words;
        var fail = findings.Any(f => gate.FailOn is { } s && f.Severity >= s) || (gate.MaxScore is { } m && score > m);
        return new ArticleResult(_id, article.TargetPath, analysis, findings, words, score, fail ? Verdict.Fail : Verdict.Pass);
    }

    private static int Nth(string text, string value, int n)
    {
        var at = -1;
        for (var i = 0; i <= n; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{value}' not found {n + 1} times.");
        }

        return at;
    }

    private static string AddLine(string text, string[] sentences, List<Sentence> into)
    {
        if (text.Length > 0) text += "\n";
        var line = text.Count(c => c == '\n') + 1;
        var lineStart = text.Length;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (i > 0) text += " ";
            into.Add(new Sentence(into.Count, sentences[i], new TextSpan(text.Length, sentences[i].Length, line, text.Length - lineStart + 1)));
            text += sentences[i];
        }

        return text;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();
}
