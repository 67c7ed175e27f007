namespace TranslationQA.Core.Model;

/// <summary>MQM severity of a finding. Ordered: a higher value is worse.</summary>
public enum Severity
{
    /// <summary>A blemish a reader may not notice (MQM weight 1).</summary>
    Minor = 1,
    /// <summary>An error that changes or obscures meaning (MQM weight 5).</summary>
    Major = 2,
    /// <summary>An error that misleads or embarrasses the publisher (MQM weight 25).</summary>
    Critical = 3,
}

/// <summary>Severities as users write them: in options, config files and term bases.</summary>
public static class Severities
{
    /// <summary>critical, major or minor in any case (surrounding spaces ignored); null for anything else.</summary>
    public static Severity? Parse(string word) => word.Trim().ToLowerInvariant() switch
    {
        "minor" => Severity.Minor,
        "major" => Severity.Major,
        "critical" => Severity.Critical,
        _ => null,
    };
}
