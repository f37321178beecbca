namespace ChannelConfig.Syntax;

/// <summary>What xl's reader does with a whole file.</summary>
public enum SyntaxVerdict
{
    /// <summary>Reads it (return code 0).</summary>
    Accepted,

    /// <summary>Prints errors and exits with status 1 (<c>Failed to parse config: Invalid argument</c>).</summary>
    Rejected,

    /// <summary>Aborts on an assertion (a NUL byte inside a string).</summary>
    Crash,
}
