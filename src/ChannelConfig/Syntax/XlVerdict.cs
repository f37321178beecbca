namespace ChannelConfig.Syntax;

/// <summary>What xl does with a configuration: for the reader alone, or for the whole run (reader, channels, libxl set-up).</summary>
public enum XlVerdict
{
    /// <summary>Goes on (return code 0; for a whole run, the domain would be created).</summary>
    Accepted,

    /// <summary>Prints errors and exits with status 1, or libxl fails to create the domain.</summary>
    Rejected,

    /// <summary>Dies on a signal (an assertion on a NUL byte inside a string; a segmentation fault on an empty channel item).</summary>
    Crash,
}
