using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>One assignment in the file, <c>name = value</c> or <c>name += value</c>, as written.</summary>
/// <param name="Name">The setting's name.</param>
/// <param name="NameSpan">Where the name is written.</param>
/// <param name="Operator">Which operator was used.</param>
/// <param name="OperatorSpan">Where the operator is written.</param>
/// <param name="Value">The value as written (for <c>+=</c>, only the part added here).</param>
public sealed record XlSetting(string Name, SourceSpan NameSpan, AssignmentOperator Operator, SourceSpan OperatorSpan, XlValue Value)
{
    /// <summary>From the name to the end of the value.</summary>
    public SourceSpan Span => NameSpan.Union(Value.Span);

    /// <summary>The line xl records for the setting (<c>lineno</c>, used in its warnings): the line where the value starts.</summary>
    public int XlLine => Value.Span.Start.Line;
}
