using System.Security.Cryptography;
using System.Text;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// The Content-Security-Policy every report page carries in a meta element: no network request of any kind, and
/// only the page's own inline style and script, named by hash, so that even a markup bug in the report cannot load,
/// run or send anything.
/// </summary>
internal static class ContentPolicy
{
    /// <summary>
    /// The policy for a page whose one &lt;style&gt; element holds <paramref name="style"/> and whose one
    /// &lt;script&gt; element holds <paramref name="script"/>, each exactly as written between the tags.
    /// </summary>
    /// <remarks>
    /// default-src 'none' covers every fetch directive (connect, font, frame, img, media, object, worker, manifest).
    /// img-src data: is for the page's &lt;link rel="icon" href="data:,"&gt; alone, which is checked against img-src
    /// (Chromium 156 reports the data: icon as a violation under img-src 'none'). The link stays: without it a
    /// browser showing the report over HTTP (a CI artifact viewer) asks that server for /favicon.ico. Chromium 156
    /// (headed, over HTTP) holds that implicit request to the page's policy and sends nothing, but browsers differ in
    /// whether they do and whether they log it; a data: URL settles it everywhere, and loads nothing from anywhere.
    /// base-uri and form-action do not fall back to default-src, so they are named: an injected &lt;base&gt; could
    /// otherwise point the relative article links elsewhere, an injected form could post the page away.
    /// frame-ancestors, sandbox and report-uri are left out: a meta element cannot carry them (Chromium ignores each
    /// with a console message).
    /// </remarks>
    public static string For(string style, string script) =>
        $"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; img-src data:; "
        + "base-uri 'none'; form-action 'none'";

    /// <summary>The CSP source expression of <paramref name="text"/>: sha256- and the base64 digest of its UTF-8 bytes.</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
