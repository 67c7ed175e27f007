using System.IO.Compression;
using System.Text;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Writes a tiny but well-formed set of the engine's data files into a temporary folder.</summary>
internal sealed class OfflineTestData : IDisposable
{
    public const string Ding = """
        # Version :: test
        Anruf {m}; Anhaltung (durch einen Wachposten) [mil.] :: challenge (order from a guard)
        Telefonanruf {m}; Anruf {m}; Gespräch {n} [telco.] | Telefonanrufe {pl}; Anrufe {pl}; Gespräche {pl} :: telephone call; phone call; call; ring [Br.] | telephone calls; phone calls; calls; rings
        Berufung {f} (zu etw.) [psych.] | Berufungen {pl} :: vocation; calling (towards sth./to do sth.) | vocations
        Berufung {f} (gegen etw.) [jur.] | Berufungen {pl} :: appeal | appeals
        Verfahren {n} [jur.] | Verfahren {pl} :: proceedings; procedure | proceedings; procedures
        Telefon {n} | Telefone {pl} :: telephone; phone | telephones; phones
        Interview {n} | Interviews {pl} :: interview | interviews
        Trupp {m} | Trupps {pl} :: squad | squads
        Truppe {f} [mil.] | Truppen {pl} :: troop; unit | troops; units
        Aufmarsch {m} [mil.] | Aufmärsche {pl} :: deployment; build-up | deployments
        sperren {vt} | sperrend | gesperrt :: to block; to bar | blocking | blocked
        Regel {f} | Regeln {pl} :: rule | rules
        russisch {adj} :: Russian
        neu {adj} :: new
        abziehen {vt} | abziehend | abgezogen :: to withdraw; to pull out | withdrawing | withdrawn
        sprechen {vi} | sprechend | gesprochen | ich/er/sie sprach :: to speak | speaking | spoken | I/he/she spoke
        Nato {f} :: NATO
        """;

    public const string Aff = """
        SET UTF-8
        SFX A Y 4
        SFX A   0     e      .
        SFX A   0     en     .
        SFX A   0     er     .
        SFX A   0     es     .
        SFX N Y 1
        SFX N   0     n      e
        """;

    public const string Dic = "4\nrussisch/A\nneu/A\nTruppe/N\nÄnderung/N\n";

    public const string CntList = "call%1:10:01:: 1 120\nchallenge%1:26:00:: 1 20\nappeal%1:04:00:: 1 30\ntelephone_call%1:10:00:: 1 3\n" +
        "vocation%1:04:00:: 1 2\nproceedings%1:04:00:: 1 10\nrule%1:09:00:: 1 40\nnew%5:00:00:: 1 300\nspeak%2:32:00:: 1 100\n";

    private static readonly (string Head, string Body)[] FreeDict =
    [
        ("Anruf", "Anruf /ˈanˌʁuːf/ <n, masc>\nappel, appel téléphonique\ndas Kontaktieren per Telefon\n"),
        ("Verfahren", "Verfahren <n>\n1. procédure\nArt und Weise\n2. procès 3.\nGerichtsverfahren\n"),
        ("Berufung", "Berufung <n>\nappel\nRechtsmittel\n"),
        ("neu", "neu <adj>\nnouveau, neuf\nnicht alt\n"),
    ];

    public OfflineTestData()
    {
        Root = Directory.CreateTempSubdirectory("tqa-offline-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "wordnet"));
        File.WriteAllText(Path.Combine(Root, "de-en"), Ding.Replace("\r", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Root, "de_DE.aff"), Aff);
        File.WriteAllText(Path.Combine(Root, "de_DE.dic"), Dic);
        File.WriteAllText(Path.Combine(Root, "wordnet", "cntlist.rev"), CntList);
        WriteFreeDict(Path.Combine(Root, "deu-fra"));
        Options = new OfflineEngineOptions(
            Path.Combine(Root, "de-en"),
            Path.Combine(Root, "de_DE.dic"),
            Path.Combine(Root, "de_DE.aff"),
            Path.Combine(Root, "wordnet"),
            Path.Combine(Root, "deu-fra"),
            null,
            Path.Combine(Root, "cache"));
    }

    public string Root { get; }

    /// <summary>WordNet counts that know no word, for builder tests where only Ding's order matters.</summary>
    public static WordNetCounts EmptyWordNet()
    {
        var path = Path.GetTempFileName();
        try
        {
            return WordNetCounts.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public OfflineEngineOptions Options { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>dictd base64: most significant digit first.</summary>
    public static string EncodeNumber(long value)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var sb = new StringBuilder();
        do
        {
            sb.Insert(0, digits[(int)(value % 64)]);
            value /= 64;
        }
        while (value > 0);
        return sb.ToString();
    }

    private static void WriteFreeDict(string basePath)
    {
        var data = new MemoryStream();
        var index = new StringBuilder("00databaseshort\tA\tB\n");
        foreach (var (head, body) in FreeDict)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            index.Append($"{head.ToLowerInvariant()}\t{EncodeNumber(data.Length)}\t{EncodeNumber(bytes.Length)}\n");
            data.Write(bytes);
        }

        File.WriteAllText(basePath + ".index", index.ToString());
        using var file = File.Create(basePath + ".dict.dz");
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(data.ToArray());
    }
}
