namespace TranslationQA.Core.Evaluation;

/// <summary>What an expert said of one line of a target text.</summary>
public enum GoldLabel
{
    /// <summary>No error.</summary>
    Clean,
    /// <summary>Only minor errors.</summary>
    Minor,
    /// <summary>At least one major (or critical) error: the positive class of every measurement.</summary>
    Bad,
}

/// <summary>The label of one target line: the unit every measurement counts.</summary>
/// <param name="Line">1-based line of the target text.</param>
/// <param name="Label">Clean, minor or bad.</param>
/// <param name="Categories">MQM categories of the line's major (and critical) errors, for recall per category.</param>
public sealed record GoldLine(int Line, GoldLabel Label, IReadOnlyList<string> Categories)
{
    /// <summary>True for a line with a major or critical error.</summary>
    public bool IsBad => Label == GoldLabel.Bad;
}

/// <summary>One labelled article: the input to check, the document it belongs to (the unit of the split) and its lines' labels.</summary>
/// <param name="Input">The article as read.</param>
/// <param name="Document">The source document: all translations of one document fall into the same half.</param>
/// <param name="Lines">Labels of the lines that count, in line order.</param>
public sealed record LabelledArticle(Ingestion.ArticleInput Input, string Document, IReadOnlyList<GoldLine> Lines);

/// <summary>A labelled set as given on the command line.</summary>
/// <param name="Name">A short name (the folder or file name).</param>
/// <param name="Path">Where it was read from.</param>
/// <param name="Articles">Its articles in input order.</param>
/// <param name="InSample">
/// True for our own hand-annotated fixtures (expected.tsv): the checks were built on them, so they are measured whole
/// and never split; false for labelled data nobody here wrote, split into a tuning and a test half.
/// </param>
public sealed record LabelledSet(string Name, string Path, IReadOnlyList<LabelledArticle> Articles, bool InSample);

/// <summary>A gold file that cannot be read: names the file, the line and the problem.</summary>
public sealed class GoldFormatException(string message) : Exception(message);
