namespace ChannelConfig.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong (for example a recognised well-known channel name).</summary>
    Info = 0,

    /// <summary>xl accepts the file, but the result is almost surely not what was meant.</summary>
    Warning = 1,

    /// <summary>xl rejects or crashes on the file, or the configuration cannot work.</summary>
    Error = 2,
}
