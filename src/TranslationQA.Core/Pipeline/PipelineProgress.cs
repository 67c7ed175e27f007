namespace TranslationQA.Core.Pipeline;

/// <summary>How far a run has got: articles done out of the total.</summary>
public readonly record struct PipelineProgress(int Done, int Total);
