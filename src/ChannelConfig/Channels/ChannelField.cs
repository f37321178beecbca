using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>One <c>key=value</c> field of a channel item, as xl splits and trims it.</summary>
/// <param name="Key">The trimmed key.</param>
/// <param name="Value">The trimmed value.</param>
/// <param name="Span">Where the whole field (untrimmed) is written.</param>
/// <param name="KeySpan">Where the trimmed key is written.</param>
/// <param name="ValueSpan">Where the trimmed value is written.</param>
internal sealed record ChannelField(string Key, string Value, SourceSpan Span, SourceSpan KeySpan, SourceSpan ValueSpan)
{
    /// <summary>The trimmed key.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Key
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Key));
    } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>The trimmed value.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Value
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Value));
    } = Value ?? throw new ArgumentNullException(nameof(Value));
}
