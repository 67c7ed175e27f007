namespace TranslationQA.Cli;

/// <summary>Process exit codes, as linters such as eslint and ruff use them.</summary>
public static class ExitCodes
{
    /// <summary>Every article passed the quality gate.</summary>
    public const int Passed = 0;

    /// <summary>At least one article failed the quality gate.</summary>
    public const int GateFailed = 1;

    /// <summary>Usage, input or engine error (including any article that could not be read).</summary>
    public const int Error = 2;
}
