using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// Maps byte offsets inside a string value back to positions in the file, through its quotes
/// and escapes, so that a diagnostic about part of a channel item points at that part.
/// </summary>
internal sealed class StringSourceMap
{
    private readonly XlString _value;
    private readonly ReadOnlyMemory<byte> _raw;
    private readonly int[]? _offsets;
    private readonly bool _ascii;

    public StringSourceMap(SourceText source, XlString value)
    {
        _value = value;
        var span = value.Span;
        _raw = source.Bytes[span.Start.Offset..span.End.Offset];
        _ascii = System.Text.Ascii.IsValid(_raw.Span);
        if (value.Form is XlStringForm.DoubleQuoted or XlStringForm.SingleQuoted && _raw.Span.IndexOf((byte)'\\') >= 0)
        {
            _offsets = MapEscapes(_raw.Span, value.Bytes.Length);
        }
    }

    /// <summary>The span of value bytes <paramref name="start"/> to <paramref name="end"/>.</summary>
    public SourceSpan Span(int start, int end)
    {
        if (_value.Form == XlStringForm.Concatenated)
        {
            return _value.Span;
        }

        return new SourceSpan(Position(start), Position(end));
    }

    private SourcePosition Position(int valueOffset)
    {
        int rawOffset = _value.Form switch
        {
            XlStringForm.Number => valueOffset,
            _ when _offsets is not null => _offsets[Math.Clamp(valueOffset, 0, _offsets.Length - 1)],
            _ => valueOffset + 1,
        };
        rawOffset = Math.Clamp(rawOffset, 0, _raw.Length);
        var start = _value.Span.Start;
        int column = start.Column + rawOffset - (_ascii ? 0 : ColumnCounter.CountContinuationBytes(_raw.Span[..rawOffset]));
        return new SourcePosition(start.Offset + rawOffset, start.Line, column);
    }

    /// <summary>For each decoded byte (and the end), its offset in the raw token.</summary>
    private static int[] MapEscapes(ReadOnlySpan<byte> raw, int decodedLength)
    {
        var map = new int[decodedLength + 1];
        int n = 0;
        int p = 1;
        int end = raw.Length - 1;
        while (p < end && n < decodedLength)
        {
            int at = p;
            byte c = raw[p++];
            if (c == (byte)'\\' && p < end)
            {
                byte nc = raw[p];
                if (StringDecoder.Simple(nc) is not null)
                {
                    map[n++] = at;
                    p++;
                    continue;
                }

                if (nc is >= (byte)'0' and <= (byte)'7')
                {
                    int consumed = OctalEscapeQuirk.Consumed(raw[(p + 1)..end]);
                    if (consumed >= 2)
                    {
                        p += 1 + consumed;
                        continue;
                    }
                }
            }

            map[n++] = at;
        }

        for (; n <= decodedLength; n++)
        {
            map[n] = Math.Min(p, end);
        }

        return map;
    }
}
