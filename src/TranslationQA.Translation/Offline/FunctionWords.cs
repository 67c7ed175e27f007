namespace TranslationQA.Translation.Offline;

/// <summary>
/// German function words (articles, pronouns, prepositions, conjunctions, auxiliaries, particles) with their
/// English and French renderings. Dictionaries gloss these poorly, and they matter for word order and negation.
/// </summary>
internal static class FunctionWords
{
    // "german|english renderings (comma)|french renderings (comma)", the first rendering of each is the usual one.
    private static readonly string[] Table =
    [
        "der|the,who,which|le,la,qui", "die|the,who,which|la,les,qui", "das|the,that,which|le,cela,que",
        "dem|the,whom|le,au", "den|the,whom|le,les", "des|of the|du,des", "dessen|whose|dont", "deren|whose,their|dont,leur",
        "ein|a,an,one|un", "eine|a,an,one|une", "einer|a,one|un,une", "eines|of a|d'un", "einem|a|un", "einen|a|un",
        "kein|no|aucun,pas de", "keine|no|aucune,pas de", "keinen|no|aucun", "keinem|no|aucun", "keiner|no one,none|aucun",
        "und|and|et", "oder|or|ou", "aber|but|mais", "sondern|but|mais", "denn|because|car", "doch|but,yet|mais,pourtant",
        "dass|that|que", "ob|whether,if|si", "weil|because|parce que", "wenn|if,when|si,quand", "als|as,than,when|comme,que,quand",
        "wie|how,as,like|comme,comment", "während|while,during|pendant,alors que", "nachdem|after|après que",
        "bevor|before|avant que", "obwohl|although|bien que", "damit|so that,with it|pour que", "sowie|as well as|ainsi que",
        "nicht|not|ne,pas", "nichts|nothing|rien", "nie|never|jamais", "niemals|never|jamais", "auch|also,too|aussi",
        "noch|still,yet|encore", "schon|already|déjà", "bereits|already|déjà", "nur|only|seulement", "sehr|very|très",
        "so|so,thus|ainsi,si", "zu|to,too|à,trop", "zum|to the|au", "zur|to the|à la", "am|at the,on the|au,le",
        "im|in the|dans le", "ins|into the|dans le", "ans|to the|au", "vom|from the,by the|du", "beim|at the,during|chez le,lors de",
        "mit|with|avec", "von|of,from,by|de,par", "in|in,into|dans,en", "an|at,on,to|à,sur", "auf|on,at|sur",
        "aus|from,out of|de,hors de", "bei|at,with,near|chez,près de", "nach|after,to|après,vers", "für|for|pour",
        "gegen|against|contre", "ohne|without|sans", "um|around,at|autour de,à", "über|about,over|sur,au-dessus de",
        "unter|under,among|sous,parmi", "vor|before,ago|avant,devant,il y a", "hinter|behind|derrière",
        "zwischen|between|entre", "seit|since,for|depuis", "bis|until,to|jusqu'à", "durch|through,by|par,à travers",
        "wegen|because of|à cause de", "trotz|despite|malgré", "laut|according to|selon", "gemäß|according to|selon",
        "ich|i|je", "du|you|tu", "er|he,it|il", "sie|she,they,it|elle,ils", "es|it|il", "wir|we|nous", "ihr|her,their,you|leur,son,vous",
        "mich|me|me", "mir|me|me", "dich|you|te", "ihn|him,it|le", "ihm|him,it|lui", "ihnen|them|leur", "uns|us|nous",
        "euch|you|vous", "sich|oneself,each other|se", "man|one,they|on", "sein|his,its,be|son,être",
        "seine|his,its|sa,ses", "seinen|his,its|son,ses", "seinem|his,its|son", "seiner|his,its|sa", "seines|his,its|son",
        "ihre|her,their|sa,leur", "ihren|her,their|son,leurs", "ihrem|her,their|son,leur", "ihrer|her,their|sa,leur",
        "unser|our|notre", "unsere|our|notre,nos", "unseren|our|nos", "mein|my|mon", "meine|my|ma,mes",
        "dieser|this|ce,cette", "diese|this,these|cette,ces", "dieses|this|ce", "diesen|this,these|ce,ces", "diesem|this|ce",
        "jener|that|ce", "alle|all|tous", "allen|all|tous", "aller|of all|de tous", "alles|everything|tout",
        "jeder|every,each|chaque", "jede|every,each|chaque", "jeden|every,each|chaque", "jedes|every,each|chaque",
        "beide|both|les deux", "beiden|both|les deux", "beider|both|des deux", "was|what|ce que,quoi", "wer|who|qui",
        "wo|where|où", "warum|why|pourquoi", "welche|which|quelle", "welcher|which|quel", "hier|here|ici", "dort|there|là",
        "da|there,since|là,comme", "dann|then|puis,alors", "jetzt|now|maintenant", "nun|now|maintenant",
        "ist|is|est", "sind|are|sont", "war|was|était", "waren|were|étaient", "bin|am|suis", "bist|are|es", "seid|are|êtes",
        "wäre|would be|serait", "wären|would be|seraient", "gewesen|been|été",
        "hat|has|a", "haben|have|avoir,ont", "habe|have|ai", "hatte|had|avait", "hatten|had|avaient", "hätte|would have|aurait",
        "wird|will,is|va,est", "werden|will,are|vont,sont", "wurde|was|a été,fut", "wurden|were|ont été", "worden|been|été",
        "würde|would|ferait", "würden|would|feraient", "kann|can|peut", "können|can|peuvent", "konnte|could|pouvait",
        "könnte|could|pourrait", "muss|must|doit", "müssen|must|doivent", "musste|had to|devait", "soll|should|doit",
        "sollen|should|doivent", "sollte|should|devrait", "sollten|should|devraient", "will|wants|veut", "wollen|want|veulent",
        "wollte|wanted|voulait", "darf|may|peut", "dürfen|may|peuvent", "mehr|more|plus", "weniger|less|moins",
        "etwa|about,roughly|environ", "rund|around|environ", "fast|almost|presque", "immer|always|toujours",
        "ja|yes|oui", "sei|be,is|soit", "seien|be,are|soient", "denen|whom,which|lesquels", "indem|by|en", "sowohl|both,as well|aussi bien",
        "weder|neither|ni", "gibt|gives,there is|donne,il y a", "dies|this|ceci", "jedoch|however|cependant", "zudem|moreover|de plus",
        "einige|some|quelques", "einigen|some|quelques", "viele|many|beaucoup", "vielen|many|beaucoup de", "anderen|other|autres",
        "andere|other|autre", "sollen|should|doivent", "ab|from,off|à partir de", "außer|except|sauf", "innerhalb|within|dans", "nein|no|non", "einen|a|un", "selbst|even,self|même", "eben|just|justement",
    ];

    private static readonly Dictionary<string, (string[] En, string[] Fr)> Map = Build();

    /// <summary>The renderings of <paramref name="lowerWord"/> in <paramref name="lang"/> ("en" or "fr"), or null.</summary>
    public static string[]? Lookup(string lowerWord, string lang) =>
        Map.TryGetValue(lowerWord, out var r) ? (lang == "fr" ? r.Fr : r.En) : null;

    private static Dictionary<string, (string[], string[])> Build()
    {
        var map = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            var f = row.Split('|');
            map[f[0]] = (f[1].Split(','), f[2].Split(','));
        }

        return map;
    }
}
