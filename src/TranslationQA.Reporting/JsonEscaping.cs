using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TranslationQA.Reporting;

/// <summary>The one string escaping of the JSON reports (report.json and report.sarif).</summary>
internal static class JsonEscaping
{
    /// <summary>
    /// Letters of every script stay readable (ä, ß, „ as they are), while everything that could end or open markup
    /// if the file is pasted into a page, a script block or a CI viewer is escaped: &lt; &gt; &amp; ' " + ` become
    /// \u003C and the like, so article text never yields a raw "&lt;/script&gt;"; U+2028 and U+2029 (line ends in
    /// older JavaScript), control characters and characters beyond the BMP are escaped too. The relaxed encoder
    /// this replaces wrote &lt; and &gt; raw.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
