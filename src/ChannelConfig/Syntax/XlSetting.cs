using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>One assignment in the file, <c>name = value</c> or <c>name += value</c>, as written.</summary>
/// <remarks>
/// Immutable. The name and operator each sit on one line, so only their starts are stored and
/// their spans are derived (a reader of a 1 MB file holds tens of thousands of these).
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class XlSetting
{
    private readonly SourcePosition _nameStart;
    private readonly SourcePosition _operatorStart;

    /// <summary>Creates a setting.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="nameSpan">Where the name is written.</param>
    /// <param name="operator">Which operator was used.</param>
    /// <param name="operatorSpan">Where the operator is written.</param>
    /// <param name="value">The value as written.</param>
    public XlSetting(string name, SourceSpan nameSpan, AssignmentOperator @operator, SourceSpan operatorSpan, XlValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        _nameStart = nameSpan.Start;
        Operator = @operator;
        _operatorStart = operatorSpan.Start;
        Value = value;
    }

    /// <summary>The setting's name.</summary>
    public string Name { get; }

    /// <summary>Which operator was used.</summary>
    public AssignmentOperator Operator { get; }

    /// <summary>The value as written (for <c>+=</c>, only the part added here).</summary>
    public XlValue Value { get; }

    /// <summary>Where the name is written.</summary>
    public SourceSpan NameSpan => new(_nameStart, _nameStart with { Offset = _nameStart.Offset + Name.Length, Column = _nameStart.Column + Name.Length });

    /// <summary>Where the operator is written.</summary>
    public SourceSpan OperatorSpan
    {
        get
        {
            int length = Operator == AssignmentOperator.Append ? 2 : 1;
            return new(_operatorStart, _operatorStart with { Offset = _operatorStart.Offset + length, Column = _operatorStart.Column + length });
        }
    }

    /// <summary>From the name to the end of the value.</summary>
    public SourceSpan Span => NameSpan.Union(Value.Span);

    /// <summary>The line xl records for the setting (<c>lineno</c>, used in its warnings): the line where the value starts.</summary>
    public int XlLine => Value.Span.Start.Line;

    /// <inheritdoc />
    public override string ToString() => $"{Name} {(Operator == AssignmentOperator.Append ? "+=" : "=")} {Value}";
}
