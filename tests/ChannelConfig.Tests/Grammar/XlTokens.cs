using ChannelConfig.Parsing;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Grammar;

/// <summary>The project's lexer run on its own: every token of a file, for the Pidgin grammar.</summary>
internal static class XlTokens
{
    /// <summary>Scans <paramref name="source"/> with <see cref="XlLexer"/>.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The tokens, without the end token.</returns>
    public static Token[] Scan(SourceText source) => Scan(source, out _);

    /// <summary>Scans <paramref name="source"/>, telling whether xl would report a lexical error.</summary>
    /// <param name="source">The file.</param>
    /// <param name="lexicalError">xl reports an error while scanning (a bad byte or a string it rejects), or its string decoding aborts.</param>
    /// <returns>The tokens, without the end token.</returns>
    public static Token[] Scan(SourceText source, out bool lexicalError)
    {
        var reporter = new SyntaxReporter(source, maxDiagnostics: 0);
        var lexer = new XlLexer(source.Bytes.Span, reporter);
        var tokens = new List<Token>();
        for (var token = lexer.Next(); token.Kind != TokenKind.End; token = lexer.Next())
        {
            tokens.Add(token);
        }

        lexicalError = reporter.Xen.Err || reporter.Xen.Crashed;
        return [.. tokens];
    }
}
