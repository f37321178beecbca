namespace ChannelConfig.Cli;

/// <summary>The exit codes of <c>xlchan</c>.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings are allowed).</summary>
    public const int Clean = 0;

    /// <summary>At least one file has an error.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or a file could not be read or written.</summary>
    public const int UsageOrIo = 2;
}
