namespace ChannelConfig.Parsing;

/// <summary>One token: where it is and what xl's scanner would have recorded for it.</summary>
/// <remarks>
/// Only offsets and lines: columns are worked out (from the file's line map) for the few tokens
/// a diagnostic points at, so scanning stays a tight loop over bytes.
/// </remarks>
/// <param name="Start">The first byte of the token.</param>
/// <param name="End">The byte just after the token (for a comment, after its newline).</param>
/// <param name="Line">The line the token starts on.</param>
/// <param name="XenLine">The line xl's scanner stores in <c>yylloc.first_line</c> for the token.</param>
/// <param name="XenTextStart">Where xl's <c>yytext</c> starts: before <see cref="Start"/> when a
/// lexical error was glued to it with <c>yymore()</c>.</param>
/// <param name="Kind">The token kind.</param>
/// <param name="HasEscapes">For a string: it contains a backslash.</param>
internal readonly record struct Token(int Start, int End, int Line, int XenLine, int XenTextStart, TokenKind Kind, bool HasEscapes);
