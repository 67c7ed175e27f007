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

    /// <summary>The root of <paramref name="word"/> under this rule (the add removed, the strip restored), or null.</summary>
    public string? Root(string word)
    {
        if (word.Length <= Add.Length)
        {
            return null;
        }

        var root = IsPrefix ? Strip + word[Add.Length..] : word[..^Add.Length] + Strip;
        return Condition.Matches(root) ? root : null;
    }
}
