using System.Text;

namespace TranslationQA.Reporting.Html;

/// <summary>HTML encoding for text and attribute values; every piece of article text goes through it.</summary>
internal static class HtmlText
{
    /// <summary>Encodes &amp;, &lt;, &gt;, quotes; other characters (umlauts) stay as they are in UTF-8.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded.</summary>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }
}
