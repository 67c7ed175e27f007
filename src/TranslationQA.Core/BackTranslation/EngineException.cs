namespace TranslationQA.Core.BackTranslation;

/// <summary>
/// An engine cannot do its work for a reason the user must fix (missing dictionary package, bad key, unreachable service).
/// The message says what to do; the CLI prints it without a stack trace and exits with code 2.
/// </summary>
public sealed class EngineException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public EngineException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the cause.</summary>
    public EngineException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
