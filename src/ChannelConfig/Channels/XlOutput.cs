using System.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// What xl prints to standard error while it reads the channels, kept up to a limit: xl prints a
/// line for every ignored field, so one hostile channel item could otherwise make megabytes of it.
/// </summary>
internal sealed class XlOutput
{
    /// <summary>The most characters kept (as for the reader's part of xl's output).</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    private readonly StringBuilder _text;
    private bool _truncated;

    /// <summary>Starts with what xl printed before (the reader's part).</summary>
    /// <param name="start">The text so far.</param>
    public XlOutput(string start) => _text = new StringBuilder(start);

    /// <summary>Appends what xl prints.</summary>
    /// <param name="text">The text.</param>
    /// <param name="newline">Whether xl ends it with a newline.</param>
    public void Append(string text, bool newline)
    {
        if (_truncated || _text.Length + text.Length + 1 > MaxChars)
        {
            _truncated = true;
            return;
        }

        _text.Append(text);
        if (newline)
        {
            _text.Append('\n');
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        _truncated ? _text + "(xl's messages for this file exceed 4 MiB; the rest are not kept)\n" : _text.ToString();
}
