namespace TranslationQA.Core.Model;

/// <summary>What a German token is, as far as back-translation is concerned.</summary>
public enum TokenKind
{
    /// <summary>A content word looked up in a lexicon.</summary>
    Word,
    /// <summary>A function word (article, preposition, pronoun, auxiliary...).</summary>
    Function,
    /// <summary>A proper name, passed through.</summary>
    Name,
    /// <summary>A number, date part or other numeral, passed through.</summary>
    Number,
    /// <summary>Punctuation.</summary>
    Punctuation,
    /// <summary>A word the engine could not gloss.</summary>
    Unknown,
}
