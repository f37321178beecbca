using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>Turns the line and column an XML reader reports into a span of the source bytes.</summary>
internal sealed class XmlSourceMap
{
    private readonly SourceText _source;
    private readonly int[] _lineStarts;

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

    /// <summary>The span of <paramref name="length"/> characters from a 1-based line and column (in UTF-16 code units, as the XML reader counts).</summary>
    public SourceSpan Span(int line, int column, int length)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return SourceSpan.At(_source.GetPosition(_source.Bytes.Length));
        }

        string text = _source.GetLineText(line);
        int from = Math.Clamp(column - 1, 0, text.Length);
        int to = Math.Clamp(from + Math.Max(length, 0), from, text.Length);
        int start = _lineStarts[line - 1] + Encoding.UTF8.GetByteCount(text.AsSpan(0, from));
        int end = start + Encoding.UTF8.GetByteCount(text.AsSpan(from, to - from));
        return _source.GetSpan(start, end);
    }
}
