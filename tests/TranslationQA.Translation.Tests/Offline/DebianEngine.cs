using TranslationQA.Core.Model;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>One offline engine on the installed Debian dictionaries, shared by the tests that need real data.</summary>
internal static class DebianEngine
{
    private static readonly Lazy<OfflineBackTranslator?> Shared = new(() =>
        File.Exists(OfflineEngineOptions.Default.DingPath)
            ? new OfflineBackTranslator(OfflineEngineOptions.Default with { CacheDirectory = Path.Combine(Path.GetTempPath(), "translationqa-test-cache") })
            : null);

    /// <summary>The engine; inconclusive when the Debian data is not installed (eng/install-deps.sh).</summary>
    public static OfflineBackTranslator Engine =>
        Shared.Value ?? throw new AssertInconclusiveException("Debian dictionaries missing: run eng/install-deps.sh");

    /// <summary>The English senses of the first token of <paramref name="sentence"/> spelt <paramref name="surface"/>.</summary>
    public static IReadOnlyList<string> Senses(string sentence, string surface) =>
        Word(sentence, surface).Glosses;

    /// <summary>The glossed token of <paramref name="sentence"/> spelt <paramref name="surface"/> (the first one).</summary>
    public static WordGloss Word(string sentence, string surface) =>
        Engine.Gloss(sentence, "en").Words.First(w => w.Surface == surface);

    /// <summary>The senses as one line, for assertion messages.</summary>
    public static string Show(IReadOnlyList<string> senses) => string.Join(" | ", senses);
}
