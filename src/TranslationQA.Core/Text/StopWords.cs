namespace TranslationQA.Core.Text;

/// <summary>Function words per language: they carry no content that a lexical gloss could confirm or deny.</summary>
public static class StopWords
{
    private static readonly HashSet<string> English = Set(
        "a an the and or but nor so yet if then than that this these those there here of in on at by for with " +
        "from to into onto upon about above below over under after before during since until while as also " +
        "not no never is are was were be been being am do does did done have has had having will would shall " +
        "should can could may might must it its it's he him his she her hers they them their theirs we us our " +
        "ours you your yours i me my mine who whom whose which what when where why how all any both each few " +
        "more most other some such only own same very just too again further once off out up down said says say " +
        "one ones s t mr mrs ms per via whether because although though however including among against between " +
        "through within without around across along toward towards near well even still already now ago");

    private static readonly HashSet<string> French = Set(
        "le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces " +
        "son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je j tu " +
        "me m te t se s lui y en au aux à a ai as avons avez ont avait avaient est sont était étaient été être " +
        "avoir fait faire par pour sur sous dans avec sans entre vers chez contre selon pendant depuis avant " +
        "après ne pas plus moins très tout tous toute toutes aussi comme si bien déjà encore alors ainsi même " +
        "cela ça celui celle ceux celles dit a-t-il selon lors afin été sera seront serait");

    private static readonly HashSet<string> German = Set(
        "der die das den dem des ein eine einen einem einer eines und oder aber sondern denn doch dass daß " +
        "ob wenn als wie weil da damit so auch noch schon nur sehr nicht kein keine keinen keinem keiner " +
        "ist sind war waren sei seien wäre wären sein gewesen bin bist hat haben hatte hatten habe hätte " +
        "wird werden wurde wurden worden würde würden kann können konnte könnte soll sollen sollte muss " +
        "müssen musste darf dürfen will wollen wollte mag er sie es wir ihr ich du man sich ihm ihn ihnen " +
        "ihm ihre ihrer ihren ihrem ihres seine seiner seinen seinem seines unser unsere euer mein meine " +
        "dies diese dieser diesen diesem dieses jener jene welche welcher welches was wer wo wann warum " +
        "in im an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen durch für " +
        "gegen ohne um bis seit während wegen trotz gegenüber laut sowie bereits dann dort hier nun jetzt " +
        "etwa rund mehr sagte sagt");

    private static readonly HashSet<string> Dutch = Set(
        "de het een en of maar van in op aan bij met voor door naar uit over onder om tot dat die dit deze " +
        "wat wie waar niet geen is zijn was waren wordt worden werd heeft hebben had ik je jij u hij zij " +
        "wij we ze mij me ons hun haar er ook nog al dan als zo meer");

    /// <summary>True when <paramref name="word"/> is a function word of <paramref name="lang"/> (en, fr, de, nl).</summary>
    public static bool IsStopWord(string word, string lang) => For(lang).Contains(word.ToLowerFast());

    /// <summary>The function-word set of <paramref name="lang"/>; empty for an unknown language.</summary>
    public static IReadOnlySet<string> For(string lang) => lang switch
    {
        "en" => English,
        "fr" => French,
        "de" => German,
        "nl" => Dutch,
        _ => new HashSet<string>(),
    };

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
