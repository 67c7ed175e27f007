using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Renders one side of a word diff: equal pieces as text, the side's own pieces as &lt;del&gt; or &lt;ins&gt;.</summary>
internal static class DiffText
{
    /// <summary>
    /// Appends <paramref name="text"/> with the pieces of kind <paramref name="own"/> marked. When the diff does not
    /// reproduce the text (an engine normalised it), the plain text is shown: a wrong mark is worse than none.
    /// </summary>
    public static void Append(StringBuilder html, SentenceDiff? diff, string text, DiffOperation own)
    {
        if (diff is null || diff.Pieces.Count == 0 || !Reproduces(diff, text, own))
        {
            HtmlText.Append(html, text);
            return;
        }

        var tag = own == DiffOperation.Deleted ? "del" : "ins";
        foreach (var piece in diff.Pieces)
        {
            if (piece.Operation == DiffOperation.Equal)
            {
                HtmlText.Append(html, piece.Text);
            }
            else if (piece.Operation == own)
            {
                // Whitespace-only pieces stay plain so a struck-through gap does not look like a word.
                if (string.IsNullOrWhiteSpace(piece.Text))
                {
                    HtmlText.Append(html, piece.Text);
                }
                else
                {
                    html.Append('<').Append(tag).Append('>');
                    HtmlText.Append(html, piece.Text);
                    html.Append("</").Append(tag).Append('>');
                }
            }
        }
    }

    private static bool Reproduces(SentenceDiff diff, string text, DiffOperation own)
    {
        var rebuilt = string.Concat(diff.Pieces.Where(p => p.Operation == DiffOperation.Equal || p.Operation == own).Select(p => p.Text));
        return Squash(rebuilt) == Squash(text);
    }

    private static string Squash(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
