using ChannelConfig.Text;

namespace ChannelConfig.Lexing;

/// <summary>One token with its span and what xl's scanner would have recorded for it.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Span">The bytes of the token (for a comment, the comment and its newline).</param>
/// <param name="XenLine">The line xl's scanner stores in <c>yylloc.first_line</c> for the token.</param>
/// <param name="XenTextStart">Where xl's <c>yytext</c> starts: before <see cref="Span"/> when a
/// lexical error was glued to it with <c>yymore()</c>.</param>
/// <param name="HasEscapes">For a string: it contains a backslash.</param>
internal readonly record struct Token(TokenKind Kind, SourceSpan Span, int XenLine, int XenTextStart, bool HasEscapes)
{
    /// <summary>The first byte of the token.</summary>
    public int Start => Span.Start.Offset;

    /// <summary>The byte just after the token.</summary>
    public int End => Span.End.Offset;
}
