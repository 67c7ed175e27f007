using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Html;

/// <summary>Every written page carries a policy that allows exactly its own inline style and script, and no request.</summary>
[TestClass]
public sealed partial class ContentPolicyTests
{
    [TestMethod]
    public void For_WhenGivenStyleAndScript_NamesOnlyTheirHashesAndNoSource()
    {
        // SHA-256 of "a" and of "b" in base64, worked out outside the code under test.
        Assert.AreEqual(
            "default-src 'none'; script-src 'sha256-PiPoFgA5WUoziU9lZOGxNIu9egCI1CxKy3PurtWcAJ0='; "
            + "style-src 'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='; img-src data:; base-uri 'none'; form-action 'none'",
            ContentPolicy.For(style: "a", script: "b"));
    }

    [TestMethod]
    public async Task WriteAsync_WhenWritten_EveryPageHasPolicyMatchingItsOwnStyleAndScript()
    {
        var pages = await WritePagesAsync();

        Assert.IsTrue(pages.ContainsKey("index.html") && pages.ContainsKey("articles/wire-ukraine-talks.html"));
        foreach (var (file, html) in pages)
        {
            var head = PolicyMeta().Match(html);
            Assert.IsTrue(head.Success, $"{file}: the policy must be the first element after the charset.");
            var openings = Opening().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
            CollectionAssert.AreEqual(new[] { "style", "script" }, openings, $"{file}: one <style>, one <script>.");
            var style = StyleElement().Match(html).Groups[1].Value;
            var script = ScriptElement().Match(html).Groups[1].Value;
            StringAssert.Contains(style, "@media print", file);
            StringAssert.Contains(script, "data-js", file);

            var policy = head.Groups[1].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d[1]);
            Assert.AreEqual("'none'", policy["default-src"], file);
            Assert.AreEqual($"'sha256-{Sha256(script)}'", policy["script-src"], file);
            Assert.AreEqual($"'sha256-{Sha256(style)}'", policy["style-src"], file);
            Assert.AreEqual("data:", policy["img-src"], file);
            Assert.AreEqual("'none'", policy["base-uri"], file);
            Assert.AreEqual("'none'", policy["form-action"], file);
            Assert.HasCount(6, policy, $"{file}: nothing beyond what the page needs.");
        }
    }

    [TestMethod]
    public async Task WriteAsync_WhenWritten_NoElementHasStyleOrEventHandlerAttribute()
    {
        var pages = await WritePagesAsync();

        foreach (var (file, html) in pages)
        {
            // Only markup: the inline CSS and JS are text, and article text is encoded, so every '<' opens a tag.
            var markup = ScriptElement().Replace(StyleElement().Replace(html, ""), "");
            var attributes = Tag().Matches(markup).SelectMany(t => Attribute().Matches(t.Groups[1].Value))
                .Select(a => a.Groups[1].Value.ToLowerInvariant()).ToList();
            CollectionAssert.IsSubsetOf(new[] { "lang", "charset", "href", "class" }, attributes, $"{file}: the attribute reader works.");
            var blocked = attributes.Where(a => a == "style" || a.StartsWith("on", StringComparison.Ordinal)).ToList();
            Assert.IsEmpty(blocked, $"{file}: the policy blocks {string.Join(", ", blocked)}.");
        }
    }

    private static async Task<Dictionary<string, string>> WritePagesAsync()
    {
        using var temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);
        var pages = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(temp.Path, "*.html", SearchOption.AllDirectories))
        {
            pages[Path.GetRelativePath(temp.Path, file).Replace('\\', '/')] = await File.ReadAllTextAsync(file);
        }

        return pages;
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("""^<!DOCTYPE html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">""")]
    private static partial Regex PolicyMeta();

    [GeneratedRegex(@"<(style|script)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"<style\b[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"<script\b[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"<[a-zA-Z][\w-]*([^>]*)>")]
    private static partial Regex Tag();

    // An attribute name, then an optional value in double, single or no quotes (so a value's text is never a name).
    [GeneratedRegex("""([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")]
    private static partial Regex Attribute();
}
