using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>
/// A string value: a quoted string (escapes decoded as xl decodes them) or a bare number (kept as
/// its text, exactly as xl keeps it: <c>0x10</c>, <c>1e5</c> and <c>09</c> are all just text).
/// </summary>
/// <remarks>Immutable and safe to share between threads (the value is decoded when first asked for, from any thread).</remarks>
public sealed class XlString : XlValue
{
    // A string sits on one line: its start, and where it ends on that line.
    private readonly SourcePosition _start;
    private readonly int _endOffset;
    private readonly int _endColumn;
    private string? _value;

    /// <summary>Creates a string value.</summary>
    /// <param name="bytes">The value's bytes (after decoding escapes).</param>
    /// <param name="span">Where it is written.</param>
    /// <param name="xlLine">The line xl records for it.</param>
    /// <param name="form">How it was written.</param>
    public XlString(ReadOnlyMemory<byte> bytes, SourceSpan span, int xlLine, XlStringForm form)
    {
        Bytes = bytes;
        Form = form;
        _start = span.Start with { Line = xlLine };
        _endOffset = span.End.Offset;
        _endColumn = span.End.Column;
    }

    /// <inheritdoc />
    public override SourceSpan Span => new(_start, new SourcePosition(_endOffset, _start.Line, _endColumn));

    /// <inheritdoc />
    public override int XlLine => _start.Line;

    /// <inheritdoc />
    public override XlValueKind Kind => XlValueKind.String;

    /// <summary>The value's bytes, as xl holds them.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>How the value was written.</summary>
    public XlStringForm Form { get; }

    /// <summary>True when the value was written as a bare number.</summary>
    public bool IsNumber => Form == XlStringForm.Number;

    /// <summary>The value as text: UTF-8 when the bytes are valid UTF-8, otherwise byte by byte (Latin-1), so no byte is lost (see <see cref="ByteText"/>).</summary>
    public string Value => _value ??= ByteText.Decode(Bytes.Span);

    /// <summary>True when the bytes are valid UTF-8, so <see cref="Value"/> is exact.</summary>
    public bool IsValidUtf8 => System.Text.Unicode.Utf8.IsValid(Bytes.Span);

    /// <inheritdoc />
    public override string ToString() => Value;
}
