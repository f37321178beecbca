using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>A value in an xl.cfg file: a string (quoted or a bare number) or a list.</summary>
/// <remarks>Values are immutable and safe to share between threads.</remarks>
public abstract class XlValue
{
    private protected XlValue()
    {
    }

    /// <summary>Where the value is written (for a list, from <c>[</c> to <c>]</c>).</summary>
    public abstract SourceSpan Span { get; }

    /// <summary>
    /// The line xl records for the value (<c>loc.first_line</c>): a string's own line; for a list,
    /// the line of its first item's first token, or of its <c>]</c> when it is empty.
    /// </summary>
    public abstract int XlLine { get; }

    /// <summary>Whether this is a string or a list.</summary>
    public abstract XlValueKind Kind { get; }
}
