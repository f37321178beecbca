namespace ChannelConfig.Configuration;

/// <summary>Options for <see cref="XlConfigReader"/>.</summary>
internal sealed record XlReaderOptions
{
    /// <summary>The default options.</summary>
    public static XlReaderOptions Default { get; } = new();

    /// <summary>The largest <see cref="MaxDepth"/>: a larger value is taken as this one.</summary>
    /// <remarks>
    /// The reader builds kept lists by recursion, and the JSON writers nest two levels a list
    /// (<see cref="System.Text.Json.Utf8JsonWriter"/> stops at 1,000): 256 levels keep both far from
    /// their limits on any thread (a depth of about 14,000 overflowed a thread pool thread's stack,
    /// which no program can catch). Deeper lists are still checked as xl checks them, iteratively.
    /// </remarks>
    public const int MaxDepthLimit = 256;

    /// <summary>
    /// How deeply lists may nest before the reader stops keeping their values (they are still
    /// checked as xl checks them). Default 64; no xl setting uses more than two levels. A value
    /// below 1 is taken as 1, one above <see cref="MaxDepthLimit"/> (256) as 256.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = Math.Clamp(value, 1, MaxDepthLimit);
    } = 64;

    /// <summary>How many diagnostics one file may produce before the rest are only counted. Default 1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int MaxDiagnostics
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxDiagnostics));
            field = value;
        }
    } = 1000;
}
