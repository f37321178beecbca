namespace ChannelConfig.Rules;

/// <summary>What a team chose for one rule: turned off, or reported at a severity of its choice.</summary>
public enum RuleLevel
{
    /// <summary>The rule is not reported.</summary>
    Off,

    /// <summary>Reported as an info note.</summary>
    Info,

    /// <summary>Reported as a warning.</summary>
    Warning,

    /// <summary>Reported as an error.</summary>
    Error,
}
