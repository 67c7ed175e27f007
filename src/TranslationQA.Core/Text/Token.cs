namespace TranslationQA.Core.Text;

/// <summary>What a token of <see cref="Tokenizer"/> is.</summary>
public enum TokenType
{
    /// <summary>Letters (with inner hyphens or apostrophes, digits allowed after the first letter).</summary>
    Word,
    /// <summary>Digits with inner separators (100.000, 1,5, 22.52, 2021-12-29).</summary>
    Number,
    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}

/// <summary>A token: 0-based offset and length in the tokenised text.</summary>
public readonly record struct Token(int Offset, int Length, string Text, TokenType Type)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Offset + Length;

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
