namespace TranslationQA.Core.Checks.Residue;

/// <summary>Widget vocabulary of news web pages in German, English, French and Dutch (lower case).</summary>
internal static class ResidueVocabulary
{
    /// <summary>A line starting with one of these is boilerplate, whatever follows (a link title, a form text).</summary>
    public static readonly string[] LinePrefixes =
    [
        // comment forms
        "leave a reply", "leave a comment", "schreibe einen kommentar", "schreiben sie einen kommentar", "kommentar schreiben",
        "deine e-mail-adresse wird nicht", "ihre e-mail-adresse wird nicht", "your email address will not", "your e-mail address will not",
        "required fields are marked", "erforderliche felder sind", "noch keine kommentare", "keine kommentare", "no comments yet",
        "laisser un commentaire", "votre adresse e-mail ne sera pas", "votre adresse de messagerie ne sera pas", "laat een reactie achter",
        "geen reacties", "nog geen reacties",
        // read more / see also / recommendations
        "siehe auch", "lesen sie mehr", "lesen sie auch", "mehr zum thema", "mehr lesen", "weiterlesen", "empfohlene artikel",
        "das könnte sie auch interessieren", "ähnliche artikel", "weitere artikel", "read more", "see also", "related articles",
        "recommended for you", "you may also like", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi",
        "lees meer", "lees ook", "meer lezen",
        // share, translate, subscribe, player
        "translate »", "translate ›", "teilen auf", "share on", "share this", "partager sur", "delen op", "abonnieren bei",
        "jetzt abonnieren", "subscribe to", "s'abonner", "die wiedergabe wurde unterbrochen", "es ist ein fehler aufgetreten",
        "bitte versuchen sie es zu einem späteren zeitpunkt", "your browser does not support", "ihr browser unterstützt",
        "podcast cover", "video abspielen",
        // author boxes
        "über den autor", "about the author", "à propos de l'auteur", "over de auteur", "erzähle uns etwas über dich",
        "erzählen sie uns etwas über sich", "tell us about yourself",
        // credits, publishing stubs, copyright
        "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:", "bildquelle", "quelle:", "quelle!:", "source:", "bron:",
        "source site", "ausgegeben am", "veröffentlicht am", "aktualisiert am", "zuletzt aktualisiert", "published on", "published:",
        "updated on", "publié le", "mis à jour le", "gepubliceerd op", "©", "(c) 20", "copyright", "alle rechte vorbehalten",
        "all rights reserved", "tous droits réservés",
    ];

    /// <summary>A line that is nothing but one of these (up to four words) is a widget label.</summary>
    public static readonly HashSet<string> ShortLines = new(StringComparer.Ordinal)
    {
        "werbung", "anzeige", "advertisement", "advertisment", "advertising", "sponsored", "gesponsert", "publicité", "advertentie",
        "kommentare", "kommentar", "comments", "comment", "commentaires", "opmerkingen", "reacties", "teilen", "share", "partager",
        "delen", "drucken", "print", "imprimer", "newsletter", "abonnieren", "subscribe", "menü", "menu", "startseite", "home",
        "accueil", "suche", "search", "rechercher", "zoeken", "mehr", "more", "translate", "übersetzen", "tags", "schlagwörter",
        "themen", "topics", "anmelden", "login", "log in", "registrieren", "weiter", "zurück", "nächster artikel", "vorheriger artikel",
        "next article", "previous article", "top-themen", "top stories", "meistgelesen", "most read", "video", "audio", "galerie",
        "bildergalerie", "podcast",
    };

    /// <summary>Words a bare date line of a web page consists of (weekdays and months, de/en/fr/nl).</summary>
    public static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "january", "february", "march", "may", "june", "july", "october", "december",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januari", "februari", "maart", "mei", "augustus",
        "uhr", "am", "um", "pm", "on", "le", "at",
    };
}
