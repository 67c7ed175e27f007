using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Tests.Support;

/// <summary>Hand-made deterministic runs: every case the reports must handle, in five small articles.</summary>
internal static class SampleReports
{
    public const string Script = "<script>alert(1)</script>";

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        new("TQA001", "NumberMismatch", "Number differs from source", "Accuracy/Mistranslation", Severity.Critical,
            "A number in the German differs from the source. Check the figure against the source."),
        new("TQA002", "UntranslatedText", "Text left untranslated", "Accuracy/Untranslated", Severity.Major,
            "Source-language text appears in the German unchanged. Translate it or mark it as a quotation."),
        new("TQA003", "Omission", "Source sentence missing", "Accuracy/Omission", Severity.Major,
            "A source sentence has no German counterpart. Add the missing content."),
        new("TQA004", "PageResidue", "Page residue", "Accuracy/Addition", Severity.Minor,
            "Navigation or player text copied from the web page. Remove it before publishing."),
        new("TQA005", "NegationLost", "Negation lost", "Accuracy/Mistranslation", Severity.Critical,
            "The source negates a statement the German affirms (or the reverse). Restore the negation."),
        new("TQA006", "TermVariant", "Term choice", "Terminology/Inconsistent", Severity.Minor,
            "A term differs from the preferred rendering. Check the glossary."),
    ];

    public static RunReport Create()
    {
        var gate = QualityGate.Default;
        return new RunReport(
            [
                ArticleResult.Failed("broken-file", "samples/broken-file/target.de.txt",
                    "target.de.txt is not valid UTF-8 (byte 0xFF at offset 12)."),
                Clean(gate),
                Markup(gate),
                TargetOnly(gate),
                Wire(gate),
            ],
            Rules, "offline", "0.1.0", new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero),
            TimeSpan.FromMilliseconds(2430), new EngineStats(0, 0, 0, 3, 1184), gate);
    }

    /// <summary>A run of <paramref name="count"/> articles like the sample's worst one, for paging and volume checks.</summary>
    public static RunReport Many(int count)
    {
        var gate = QualityGate.Default;
        var template = Wire(gate);
        var articles = Enumerable.Range(1, count).Select(i => template with
        {
            Id = $"article-{i:D5}",
            Path = $"samples/article-{i:D5}/target.de.txt",
            Verdict = i % 3 == 0 ? Verdict.Pass : Verdict.Fail,
        }).ToList();
        return Create() with { Articles = articles };
    }

    private static ArticleResult Clean(QualityGate gate) => new ArticleBuilder("clean-brief")
        .Source("The central bank left interest rates unchanged on Thursday.")
        .Target(("Die Zentralbank ließ die Zinsen am Donnerstag unverändert.", "The central bank left the interest rates on Thursday unchanged."))
        .Pair([0], [0], 0.82)
        .Build(gate);

    private static ArticleResult Markup(QualityGate gate) => new ArticleBuilder("markup & <b>quotes</b>")
        .Source($"The spokesman posted \"{Script}\" in the chat & left the room.")
        .Target(($"Der Sprecher postete „{Script}\" im Chat & verließ den Raum.", $"The spokesman posted „{Script}\" in the chat & left the room."))
        .Pair([0], [0], 0.91)
        .Finding(Script, "TQA002", "Accuracy/Untranslated", Severity.Major, $"Untranslated text \"{Script}\" copied from the source.",
            source: Script, back: Script)
        .Build(gate, lexicalGloss: false);

    private static ArticleResult TargetOnly(QualityGate gate) => new ArticleBuilder("original-german-report")
        .Target(("Der Bundestag debattierte am Donnerstag über den Haushalt.", "The parliament debated on Thursday about the budget."))
        .Target(("Newsletter abonnieren", "newsletter subscribe"))
        .Finding("Newsletter abonnieren", "TQA004", "Accuracy/Addition", Severity.Minor, "Page residue: a subscription prompt, not article text.")
        .Build(gate);

    private static ArticleResult Wire(QualityGate gate) => new ArticleBuilder("wire-ukraine-talks")
        .Source("Foreign ministers from France and Germany met in Warsaw on Tuesday to discuss aid for Ukraine.",
            "They agreed to send 40 more armoured vehicles before the winter.")
        .Source("The talks lasted four hours and ended without a joint statement.",
            "Officials said a second meeting is planned for March.")
        .Source("Poland did not sign the declaration.")
        .Target(("Die Außenminister Frankreichs und Deutschlands trafen sich am Dienstag in Warschau, um über Hilfe für die Ukraine zu sprechen.",
                "The foreign ministers France and Germany met themselves on Tuesday in Warsaw, in order to about help for the Ukraine to speak."),
            ("Sie vereinbarten, vor dem Winter 14 weitere gepanzerte Fahrzeuge zu schicken.",
                "They agreed, before the winter 14 more armoured vehicles to send."))
        .Target(("Die Gespräche dauerten vier Stunden.", "The talks lasted four hours."),
            ("Sie endeten ohne gemeinsame Erklärung.", "They ended without joint statement."))
        .Target(("Polen unterzeichnete die Erklärung.", "Poland signed the declaration."))
        .Target(("Newsletter abonnieren", "newsletter subscribe"))
        .Pair([0], [0], 0.71).Pair([1], [1], 0.64).Pair([2], [2, 3], 0.77).Pair([3], [], 0).Pair([4], [4], 0.69).Pair([], [5], 0)
        .Finding("14", "TQA001", "Accuracy/Mistranslation", Severity.Critical, "The source says 40; the German says 14.", source: "40", back: "14")
        .Finding("14 weitere gepanzerte Fahrzeuge", "TQA006", "Terminology/Inconsistent", Severity.Minor,
            "\"gepanzerte Fahrzeuge\" is not the glossary term \"Panzerfahrzeuge\".", source: "40 more armoured vehicles", back: "14 more armoured vehicles")
        .Finding("Fahrzeuge zu schicken", "TQA002", "Accuracy/Mistranslation", Severity.Major,
            "Word order leaves the verb far from its object; check the sentence reads naturally.", source: "to send", back: "vehicles to send")
        .Omission("Sie endeten ohne gemeinsame Erklärung.", "TQA003", "Source sentence 4 has no German counterpart.",
            "Officials said a second meeting is planned for March.", 3)
        .Finding("unterzeichnete", "TQA005", "Accuracy/Mistranslation", Severity.Critical,
            "The source says Poland did not sign; the German says it signed.", source: "did not sign", back: "signed")
        .Finding("Newsletter abonnieren", "TQA004", "Accuracy/Addition", Severity.Minor, "Page residue: a subscription prompt, not article text.")
        .Build(gate);
}
