namespace ChannelConfig.Text;

/// <summary>
/// Writes to a <see cref="TextWriter"/> with <see cref="System.Text.StringBuilder"/>'s chained
/// <c>Append</c>, so that an emitter written against a string builder streams its text instead.
/// </summary>
/// <param name="output">Where the text goes.</param>
internal sealed class TextAppender(TextWriter output)
{
    /// <summary>Writes a string (nothing for null).</summary>
    public TextAppender Append(string? text)
    {
        output.Write(text);
        return this;
    }

    /// <summary>Writes a character.</summary>
    public TextAppender Append(char c)
    {
        output.Write(c);
        return this;
    }
}
