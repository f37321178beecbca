using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// The bytes of one configuration file and the name it is reported under.
/// </summary>
/// <remarks>
/// xl reads a configuration file as bytes; so does this library. The text is decoded as UTF-8
/// only for display (invalid sequences show as U+FFFD). Instances are immutable and thread-safe.
/// </remarks>
public sealed class SourceText
{
    private LineMap? _lines;

    /// <summary>Creates a source from raw bytes.</summary>
    /// <param name="name">The name used in messages, exactly as xl would print it (the path given on its command line).</param>
    /// <param name="bytes">The file's content.</param>
    public SourceText(string name, ReadOnlyMemory<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Bytes = bytes;
    }

    /// <summary>Creates a source from a .NET string, encoded as UTF-8.</summary>
    /// <param name="name">The name used in messages.</param>
    /// <param name="text">The file's content.</param>
    /// <returns>The source.</returns>
    public static SourceText FromString(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The name used in messages.</summary>
    public string Name { get; }

    /// <summary>The file's content.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The number of lines (a final line without a newline counts; an empty file has one empty line).</summary>
    public int LineCount => Lines.LineCount;

    /// <summary>The file's line map, built the first time a position is asked for.</summary>
    internal LineMap Lines => _lines ??= LineMap.Build(Bytes.Span);

    /// <summary>Returns the bytes of a line, without its <c>\n</c>.</summary>
    /// <param name="line">One-based line number.</param>
    /// <returns>The line's bytes, or an empty span when the line does not exist.</returns>
    public ReadOnlySpan<byte> GetLineBytes(int line)
    {
        var lines = Lines;
        if (line < 1 || line > lines.LineCount)
        {
            return [];
        }

        int start = lines.LineStart(line);
        int end = line < lines.LineCount ? lines.LineStart(line + 1) - 1 : Bytes.Length;
        return Bytes.Span[start..end];
    }

    /// <summary>Returns a line decoded as UTF-8 for display, without its <c>\n</c>.</summary>
    /// <param name="line">One-based line number.</param>
    /// <returns>The line's text.</returns>
    public string GetLineText(int line) => Encoding.UTF8.GetString(GetLineBytes(line));

    /// <summary>Returns the 1-based line of a byte offset (without counting its column).</summary>
    /// <param name="offset">A byte offset between 0 and the length of the file.</param>
    /// <returns>The line.</returns>
    public int GetLine(int offset) => Lines.LineOf(Math.Clamp(offset, 0, Bytes.Length));

    /// <summary>Returns the position of a byte offset.</summary>
    /// <param name="offset">A byte offset between 0 and the length of the file.</param>
    /// <returns>The offset with its line and column.</returns>
    public SourcePosition GetPosition(int offset) => Lines.PositionOf(Bytes.Span, Math.Clamp(offset, 0, Bytes.Length));

    /// <summary>Returns the span between two byte offsets.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset just after the range.</param>
    /// <returns>The span.</returns>
    public SourceSpan GetSpan(int start, int end) => new(GetPosition(start), GetPosition(end));

    /// <summary>Decodes a range of the file as UTF-8.</summary>
    /// <param name="span">The range.</param>
    /// <returns>The text.</returns>
    public string GetText(SourceSpan span) => Encoding.UTF8.GetString(Bytes.Span[span.Start.Offset..span.End.Offset]);
}
