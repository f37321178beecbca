namespace ChannelConfig.Configuration;

/// <summary>Options for <see cref="XlConfigReader"/>.</summary>
public sealed record XlReaderOptions
{
    /// <summary>The default options.</summary>
    public static XlReaderOptions Default { get; } = new();

    /// <summary>
    /// How deeply lists may nest before the reader stops keeping their values (they are still
    /// checked as xl checks them). Default 64; no xl setting uses more than two levels.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>How many diagnostics one file may produce before the rest are only counted. Default 1000.</summary>
    public int MaxDiagnostics { get; init; } = 1000;
}
