namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>One PFX or SFX line of a Hunspell .aff file.</summary>
/// <param name="Flag">The flag a root needs for the rule to apply to it.</param>
/// <param name="Strip">What the rule removes from the root before adding (empty for "0").</param>
/// <param name="Add">What it adds (empty for "0").</param>
/// <param name="ContinuationFlags">Flags the affixed form gets (after "/": compound flags, ONLYINCOMPOUND, ...).</param>
/// <param name="Condition">What the root must start (prefix) or end (suffix) with.</param>
/// <param name="IsPrefix">True for PFX.</param>
/// <param name="CrossProduct">True when the rule combines with an affix of the other kind ("Y" in the group header).</param>
internal sealed record AffixRule(string Flag, string Strip, string Add, string ContinuationFlags, AffixCondition Condition, bool IsPrefix,
    bool CrossProduct)
{
    /// <summary>True when the affixed form carries <paramref name="flag"/>.</summary>
    public bool Gives(char? flag) => flag is { } f && ContinuationFlags.Contains(f);

    /// <summary>
    /// Writes the root of <paramref name="word"/> under this rule (the add removed, the strip restored) into
    /// <paramref name="root"/>, which holds at least the word and the strip; its length, or -1 when the rule does not apply.
    /// </summary>
    public int Root(ReadOnlySpan<char> word, Span<char> root)
    {
        if (word.Length <= Add.Length)
        {
            return -1;
        }

        var kept = word.Length - Add.Length;
        if (IsPrefix)
        {
            Strip.AsSpan().CopyTo(root);
            word[Add.Length..].CopyTo(root[Strip.Length..]);
        }
        else
        {
            word[..kept].CopyTo(root);
            Strip.AsSpan().CopyTo(root[kept..]);
        }

        var length = kept + Strip.Length;
        return Condition.Matches(root[..length]) ? length : -1;
    }
}
