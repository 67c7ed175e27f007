namespace TranslationQA.Core.Model;

/// <summary>The shape of an alignment bead.</summary>
public enum BeadKind
{
    /// <summary>One source sentence, one target sentence.</summary>
    OneToOne,
    /// <summary>One source sentence rendered as two target sentences.</summary>
    OneToTwo,
    /// <summary>Two source sentences rendered as one target sentence.</summary>
    TwoToOne,
    /// <summary>A source sentence with no target: an omission.</summary>
    Omission,
    /// <summary>A target sentence with no source: an addition (or page residue).</summary>
    Addition,
}

/// <summary>A bead of the sentence alignment: indices into the source and target sentence lists.</summary>
/// <param name="Source">Source sentence indices (0, 1 or 2, ascending).</param>
/// <param name="Target">Target sentence indices (0, 1 or 2, ascending).</param>
/// <param name="Score">Similarity of source and back-translation in [0, 1]; 0 for omissions and additions.</param>
public sealed record AlignedPair(IReadOnlyList<int> Source, IReadOnlyList<int> Target, double Score)
{
    /// <summary>The bead's shape, derived from the index counts.</summary>
    public BeadKind Kind => (Source.Count, Target.Count) switch
    {
        (1, 1) => BeadKind.OneToOne,
        (1, 2) => BeadKind.OneToTwo,
        (2, 1) => BeadKind.TwoToOne,
        (_, 0) => BeadKind.Omission,
        (0, _) => BeadKind.Addition,
        _ => throw new InvalidOperationException($"Unsupported bead {Source.Count}:{Target.Count}."),
    };
}
