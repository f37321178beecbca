using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// What xl prints to standard error while it reads the channels, kept up to a limit: xl prints a
/// line for every ignored field, so one hostile channel item could otherwise make megabytes of it.
/// </summary>
internal sealed class XlOutput
{
    /// <summary>What the reader printed: kept as it is, not copied (a file of lexical errors makes megabytes of it).</summary>
    private readonly DeferredText _start;

    /// <summary>What the channels add, made on the first line (most files add nothing), up to 4 MiB with what the reader printed.</summary>
    private CappedText? _added;

    /// <summary>Starts with what xl printed before (the reader's part).</summary>
    /// <param name="start">The text so far.</param>
    public XlOutput(DeferredText start) => _start = start;

    /// <summary>Appends what xl prints.</summary>
    /// <param name="text">The text.</param>
    /// <param name="newline">Whether xl ends it with a newline.</param>
    public void Append(string text, bool newline)
    {
        var added = Added();
        int start = added.BeginLine();
        added.Builder.Append(text);
        added.EndLine(start, wantLine: false, newline);
    }

    /// <summary>Appends what xl prints for a field: text, bytes of the item, text, then a newline.</summary>
    /// <param name="before">The text before the bytes.</param>
    /// <param name="bytes">The bytes, decoded as <see cref="ByteText.Decode"/> does.</param>
    /// <param name="after">The text after them.</param>
    /// <param name="wantLine">Whether the caller uses the line returned (most of a million fields' lines are not kept in a diagnostic).</param>
    /// <returns>The line without its newline, when wanted.</returns>
    public string? AppendLine(string before, ReadOnlySpan<byte> bytes, string after, bool wantLine)
    {
        var added = Added();
        int start = added.BeginLine();
        ByteText.AppendDecoded(added.Builder.Append(before), bytes);
        added.Builder.Append(after);
        return added.EndLine(start, wantLine);
    }

    /// <summary>Everything printed: what the reader printed, then what was appended. Call once nothing more is appended.</summary>
    /// <returns>The text, joined only when asked for.</returns>
    public DeferredText ToText() =>
        _added is null
            ? _start
            : DeferredText.Join(_start, _added.Builder, _added.Truncated ? CappedText.Note : string.Empty);

    private CappedText Added() => _added ??= new CappedText(CappedText.MaxChars - _start.Length);
}
