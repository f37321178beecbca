using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChannelConfig.Text;

namespace ChannelConfig.Import;

/// <summary>
/// Turns the line and column an XML reader reports into a span of the source bytes. The reader
/// counts columns in UTF-16 code units, so a line is decoded to find the bytes of a column: once
/// per line (the last line asked for is kept, with the byte offset of every 4,096th character),
/// so that the spans of a one-line document with a hundred thousand elements cost time linear in
/// its size, not a decoding of the whole line each (issue 22, item 12).
/// </summary>
internal sealed class XmlSourceMap
{
    private const int CheckpointShift = 12;

    private readonly SourceText _source;
    private readonly int[] _lineStarts;

    private int _cachedLine;
    private string _lineText = string.Empty;

    // For checkpoint k: the UTF-16 index at or just before k * 4096 that does not split a surrogate
    // pair, and the number of UTF-8 bytes before it.
    private int[] _checkpointChars = [];
    private int[] _checkpointBytes = [];

    public XmlSourceMap(SourceText source)
    {
        _source = source;
        var starts = new List<int> { 0 };
        var bytes = source.Bytes.Span;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The span of an element's start-tag name, from its <c>&lt;</c>.</summary>
    public SourceSpan Of(XElement element)
    {
        var info = (IXmlLineInfo)element;
        return info.HasLineInfo() ? Span(info.LineNumber, info.LinePosition - 1, element.Name.LocalName.Length + 1) : default;
    }

    /// <summary>The span of an attribute's name.</summary>
    public SourceSpan Of(XAttribute attribute)
    {
        var info = (IXmlLineInfo)attribute;
        return info.HasLineInfo() ? Span(info.LineNumber, info.LinePosition, attribute.Name.LocalName.Length) : default;
    }

    /// <summary>The span between two byte offsets.</summary>
    public SourceSpan Bytes(int start, int end) => _source.GetSpan(start, end);

    /// <summary>The span of <paramref name="length"/> characters from a 1-based line and column (in UTF-16 code units, as the XML reader counts).</summary>
    public SourceSpan Span(int line, int column, int length)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return SourceSpan.At(_source.GetPosition(_source.Bytes.Length));
        }

        string text = LineText(line);
        int from = Math.Clamp(column - 1, 0, text.Length);
        int to = Math.Clamp(from + Math.Max(length, 0), from, text.Length);
        int start = _lineStarts[line - 1] + ByteCountBefore(text, from);
        int end = start + Encoding.UTF8.GetByteCount(text.AsSpan(from, to - from));
        return _source.GetSpan(start, end);
    }

    /// <summary>The text of a line, decoded once while spans on it are asked for.</summary>
    private string LineText(int line)
    {
        if (line == _cachedLine)
        {
            return _lineText;
        }

        string text = _source.GetLineText(line);
        int count = (text.Length >> CheckpointShift) + 1;
        var chars = new int[count];
        var bytes = new int[count];
        for (int k = 1; k < count; k++)
        {
            int at = k << CheckpointShift;
            if (char.IsHighSurrogate(text[at - 1]))
            {
                at--;
            }

            chars[k] = at;
            bytes[k] = bytes[k - 1] + Encoding.UTF8.GetByteCount(text.AsSpan(chars[k - 1], at - chars[k - 1]));
        }

        (_cachedLine, _lineText, _checkpointChars, _checkpointBytes) = (line, text, chars, bytes);
        return text;
    }

    /// <summary>The UTF-8 bytes of the first <paramref name="index"/> characters of the cached line, from the nearest checkpoint.</summary>
    private int ByteCountBefore(string text, int index)
    {
        int k = index >> CheckpointShift;
        if (_checkpointChars[k] > index)
        {
            k--;
        }

        int from = _checkpointChars[k];
        return _checkpointBytes[k] + Encoding.UTF8.GetByteCount(text.AsSpan(from, index - from));
    }
}
