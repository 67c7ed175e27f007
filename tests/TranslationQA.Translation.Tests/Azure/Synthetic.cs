using System.Globalization;

namespace TranslationQA.Translation.Tests.Azure;

/// <summary>Deterministic synthetic German-like sentences of a given length for batching tests.</summary>
internal static class Synthetic
{
    public static string[] Sentences(int count, int length) =>
        [.. Enumerable.Range(0, count).Select(i => Sentence(i, length))];

    private static string Sentence(int index, int length)
    {
        var head = "Satz " + index.ToString(CultureInfo.InvariantCulture) + " ";
        var body = head + new string('x', Math.Max(0, length - head.Length - 1));
        return (body + ".")[..Math.Max(length, head.Length + 1)];
    }
}
