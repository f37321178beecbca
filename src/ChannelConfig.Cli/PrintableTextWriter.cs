using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>
/// The net under standard error: whatever is written, no character the printable-text rule
/// (<see cref="PrintableText"/>) calls unsafe reaches the stream raw, except the newline that ends
/// a line. Every line is already made safe where it is written (<see cref="ErrorLines"/>), which
/// alone can escape a newline inside a name; this catches any message that was not.
/// </summary>
/// <param name="inner">The stream written to.</param>
internal sealed class PrintableTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private char _pendingHighSurrogate;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_pendingHighSurrogate != '\0')
        {
            char high = _pendingHighSurrogate;
            _pendingHighSurrogate = '\0';
            if (char.IsLowSurrogate(value))
            {
                inner.Write(high);
                inner.Write(value);
                return;
            }

            inner.Write(PrintableText.Text(high.ToString()));
        }

        if (char.IsHighSurrogate(value))
        {
            _pendingHighSurrogate = value;
        }
        else if (value != '\n' && (PrintableText.IsUnsafe(value) || char.IsSurrogate(value)))
        {
            inner.Write(PrintableText.Text(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (_pendingHighSurrogate == '\0' && !ContainsUnsafeBesidesNewlines(value))
        {
            inner.Write(value);
            return;
        }

        foreach (char c in value)
        {
            Write(c);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Write(new string(buffer, index, count));
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_pendingHighSurrogate != '\0')
        {
            inner.Write(PrintableText.Text(_pendingHighSurrogate.ToString()));
            _pendingHighSurrogate = '\0';
        }

        inner.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private static bool ContainsUnsafeBesidesNewlines(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != '\n' && PrintableText.IsUnsafeAt(value, i))
            {
                return true;
            }
        }

        return false;
    }
}
