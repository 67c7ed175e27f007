using TranslationQA.Core.Model;

namespace TranslationQA.Core.Links;

/// <summary>What a word is, as far as linking and the checks that read the links are concerned.</summary>
public enum WordRole
{
    /// <summary>A content word: a dictionary can confirm or deny it.</summary>
    Content,
    /// <summary>An article, preposition, pronoun or auxiliary: not compared (a gloss cannot tell which renders which).</summary>
    Function,
    /// <summary>A name: capitalised inside a sentence, or a country or organisation.</summary>
    Name,
    /// <summary>A number in digits or words.</summary>
    Number,
    /// <summary>A negation (not, never, nicht, kein, sans).</summary>
    Negation,
}

/// <summary>A word of the source side of a bead (a hyphenated word gives one term per part).</summary>
/// <param name="Sentence">Source sentence index.</param>
/// <param name="Offset">Offset in the sentence.</param>
/// <param name="Length">Length.</param>
/// <param name="Text">The word as written, without a French elision or an English possessive.</param>
/// <param name="Stem">Its stem in the source language.</param>
/// <param name="Role">Content, function, name, number or negation.</param>
/// <param name="Position">Relative position in the bead's source words, 0 to 1.</param>
/// <param name="Values">Number values, for a number.</param>
/// <param name="Entity">The country or organisation it names (a multi-word name: on each of its words), or null.</param>
internal sealed record SourceTerm(
    int Sentence, int Offset, int Length, string Text, string Stem, WordRole Role, double Position, double[] Values, string? Entity)
{
    /// <summary>True for the words the checks and the diff compare (content, names, numbers, negations).</summary>
    public bool IsCompared => Role != WordRole.Function;
}

/// <summary>A glossed German word of the target side of a bead.</summary>
/// <param name="Sentence">Target sentence index.</param>
/// <param name="Word">The engine's gloss of the word.</param>
/// <param name="Role">Content, function, name, number or negation.</param>
/// <param name="Position">Relative position in the bead's German words, 0 to 1.</param>
/// <param name="Senses">Every rendering the engine knows, with the content stems of each.</param>
/// <param name="Values">Number values, for a number.</param>
/// <param name="Entity">The country or organisation it names, or null.</param>
internal sealed record TargetTerm(
    int Sentence, WordGloss Word, WordRole Role, double Position, IReadOnlyList<Sense> Senses, double[] Values, string? Entity)
{
    /// <summary>True for the words the checks and the diff compare.</summary>
    public bool IsCompared => Role != WordRole.Function;
}

/// <summary>One rendering of a German word and the content stems it is made of ("appeal proceedings": appeal, proceed).</summary>
/// <param name="Text">The rendering.</param>
/// <param name="Rank">Its place in the engine's list, 0 for the best.</param>
/// <param name="Stems">Content-word stems in the source language.</param>
internal sealed record Sense(string Text, int Rank, string[] Stems);
