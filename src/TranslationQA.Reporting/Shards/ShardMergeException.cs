namespace TranslationQA.Reporting.Shards;

/// <summary>Shard reports that do not make up one whole run; the message names the shard or file at fault.</summary>
public sealed class ShardMergeException : Exception
{
    /// <summary>An error with its message.</summary>
    public ShardMergeException(string message)
        : base(message)
    {
    }

    /// <summary>An error with its message and cause.</summary>
    public ShardMergeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Not used: the message is what the user needs.</summary>
    public ShardMergeException()
        : base("the shard reports do not make up one run")
    {
    }
}
