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

    /// <summary>Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. The reports cover the articles checked.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (what CI sends on a timeout): 128 + 15.</summary>
    public const int Terminated = 143;
}
