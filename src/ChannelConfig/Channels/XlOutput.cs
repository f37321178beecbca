using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// What xl prints to standard error while it reads the channels, kept up to a limit: xl prints a
/// line for every ignored field, so one hostile channel item could otherwise make megabytes of it.
/// </summary>
internal sealed class XlOutput
{
    /// <summary>The most characters kept (as for the reader's part of xl's output).</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>What the reader printed: kept as it is, not copied (a file of lexical errors makes megabytes of it).</summary>
    private readonly DeferredText _start;

    /// <summary>What the channels add, made on the first line (most files add nothing).</summary>
    private StringBuilder? _added;
    private bool _truncated;

    /// <summary>Starts with what xl printed before (the reader's part).</summary>
    /// <param name="start">The text so far.</param>
    public XlOutput(DeferredText start) => _start = start;

    /// <summary>Appends what xl prints.</summary>
    /// <param name="text">The text.</param>
    /// <param name="newline">Whether xl ends it with a newline.</param>
    public void Append(string text, bool newline)
    {
        if (_truncated || _start.Length + (_added?.Length ?? 0) + text.Length + 1 > MaxChars)
        {
            _truncated = true;
            return;
        }

        _added ??= new StringBuilder();
        _added.Append(text);
        if (newline)
        {
            _added.Append('\n');
        }
    }

    /// <summary>Appends what xl prints for a field: text, bytes of the item, text, then a newline.</summary>
    /// <param name="before">The text before the bytes.</param>
    /// <param name="bytes">The bytes, decoded as <see cref="ByteText.Decode"/> does.</param>
    /// <param name="after">The text after them.</param>
    /// <param name="wantLine">Whether the caller uses the line returned (most of a million fields' lines are not kept in a diagnostic).</param>
    /// <returns>The line without its newline, when wanted.</returns>
    public string? AppendLine(string before, ReadOnlySpan<byte> bytes, string after, bool wantLine)
    {
        _added ??= new StringBuilder();
        int start = _added.Length;
        _added.Append(before);
        ByteText.AppendDecoded(_added, bytes);
        _added.Append(after);
        string? line = wantLine ? _added.ToString(start, _added.Length - start) : null;
        if (_truncated || _start.Length + _added.Length + 1 > MaxChars)
        {
            _added.Length = start;
            _truncated = true;
        }
        else
        {
            _added.Append('\n');
        }

        return line;
    }

    /// <summary>Everything printed: what the reader printed, then what was appended. Call once nothing more is appended.</summary>
    /// <returns>The text, joined only when asked for.</returns>
    public DeferredText ToText() =>
        _added is null && !_truncated
            ? _start
            : DeferredText.Join(_start, (object?)_added ?? string.Empty, _truncated ? "(xl's messages for this file exceed 4 MiB; the rest are not kept)\n" : string.Empty);
}
