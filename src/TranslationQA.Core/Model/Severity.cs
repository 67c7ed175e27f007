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
