using System.Text.RegularExpressions;

namespace TranslationQA.Core.Checks.Residue;

/// <summary>
/// Short lines that are page widgets by what they talk about and ask for: a comment, newsletter, cookie or share
/// widget names its topic and an action (log in, subscribe, accept, a platform) in any of de/en/fr/nl, and widget
/// labels carry counters ("Kommentare (0)", "12 Comments"). Article sentences about such topics are longer or lack
/// the prompt, so both a topic and an action (and, past six words, a prompt word) are required.
/// </summary>
internal static partial class WidgetPrompts
{
    private const int MaxWords = 12;
    private const int MaxWordsWithoutPrompt = 6;

    private static readonly (string Topic, string[] Marks, string[] Actions)[] Widgets =
    [
        ("comment widget", ["kommentar", "kommentier", "comment", "commentaire", "commenter", "reageer", "reageren", "reactie", "réagir"],
            ["anmeld", "angemeldet", "einlogg", "eingeloggt", "registrier", "log in", "logged in", "login", "sign in", "signed in", "connect", "connexion", "identifi", "inlogg",
             "abonn", "subscrib", "account", "konto", "compte", "aanmeld"]),
        ("newsletter widget", ["newsletter", "nieuwsbrief", "lettre d'information", "lettre d’information"],
            ["abonn", "anmeld", "subscrib", "sign up", "inscri", "e-mail", "email", "registr", "inschrijv", "bestell"]),
        ("cookie banner", ["cookie"],
            ["akzeptier", "zustimm", "einstellung", "accept", "setting", "paramètr", "privacy", "datenschutz", "confidentialité",
             "instelling", "consent", "einwillig"]),
        ("share widget", ["teilen", "share", "partager", "delen"],
            ["facebook", "twitter", "whatsapp", "linkedin", "e-mail", "email", "telegram", "pinterest", "messenger"]),
    ];

    private static readonly string[] Prompts =
    [
        "bitte", "jetzt", "hier", "klicken", "please", "click", "now", "here", "veuillez", "merci de", "cliquez", "ici",
        "klik", "nu ", "um zu", "zum ", "to ", "pour ", "om te",
    ];

    /// <summary>The widget <paramref name="lower"/> (a lower-case line of <paramref name="words"/> words) belongs to, or null.</summary>
    public static string? Classify(string lower, int words)
    {
        if (words == 0 || words > MaxWords)
        {
            return null;
        }

        // "Kommentare (0)", "12 Comments", "Partager (3)": a label with a counter is still the label.
        var uncounted = Counter().Replace(lower, " ").Trim(' ', ':', '-', '–', '|', '.');
        if (uncounted.Length > 0 && uncounted != lower.Trim() && ResidueVocabulary.ShortLines.Contains(uncounted))
        {
            return $"page widget (\"{uncounted}\" with a counter)";
        }

        if (words > MaxWordsWithoutPrompt && !Prompts.Any(p => lower.Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var (topic, marks, actions) in Widgets)
        {
            if (marks.Any(m => lower.Contains(m, StringComparison.Ordinal)) && actions.Any(a => lower.Contains(a, StringComparison.Ordinal)))
            {
                return topic;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\(\[]?\s*\d+\s*[\)\]]?")]
    private static partial Regex Counter();
}
