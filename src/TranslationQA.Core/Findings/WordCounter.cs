using TranslationQA.Core.Text;

namespace TranslationQA.Core.Findings;

/// <summary>Counts words the way the MQM score needs them: word and number tokens of the target text.</summary>
public static class WordCounter
{
    /// <summary>Number of words and numbers in <paramref name="text"/>.</summary>
    public static int Count(string text) => Tokenizer.Tokenize(text).Count(t => t.Type != TokenType.Punct);
}
