using System.Buffers;
using ChannelConfig.Syntax;

namespace ChannelConfig.Parsing;

/// <summary>
/// The xl.cfg scanner: libxlu's flex rules (<c>libxlu_cfg_l.l</c>) by hand, over bytes.
/// </summary>
/// <remarks>
/// <para>Rules, matched longest first, the earlier rule winning a tie:</para>
/// <code>
/// [a-z][._0-9a-z]*                  IDENT
/// [0-9][0-9a-fx]*                   NUMBER (kept as text)
/// [ \t]                             skipped (the only blanks)
/// , [ ] = ; +=                      punctuation
/// \n | \#.*\n                       NEWLINE (a comment includes its newline)
/// '([^'\\\n]|\\.)*'  "([^"\\\n]|\\.)*"   STRING
/// [+-.():]                          start of a lexical error, "likely python"
/// .                                 start of a lexical error
/// &lt;lexerr&gt;[^ \t\n]*|[ \t]          "lexical error" (the bad byte and the rest of its word)
/// &lt;lexerr&gt;\n                       "lexical error", then NEWLINE
/// </code>
/// <para>Lexical errors produce no token: they are reported (to xl's model and as our diagnostics)
/// and scanning goes on. A single bad byte that is the very last byte of the input is dropped
/// silently, as flex does. The scanner counts lines as it goes; columns are left to the file's
/// line map, for the few tokens a diagnostic points at.</para>
/// </remarks>
internal ref struct XlLexer
{
    private static readonly SearchValues<byte> WordStops = SearchValues.Create(" \t\n"u8);

    private readonly ReadOnlySpan<byte> _src;
    private readonly SyntaxReporter _reporter;
    private int _pos;
    private int _line;

    // The previous token, to recognise "0xFF" (NUMBER "0x" glued to "FF").
    private TokenKind _previousKind;
    private int _previousEnd;

    // A lone bad byte at the very end stays in yytext (yymore) for the end-of-input token.
    private int _moreStart;

    public XlLexer(ReadOnlySpan<byte> source, SyntaxReporter reporter)
    {
        _src = source;
        _reporter = reporter;
        _pos = 0;
        _line = 1;
        _previousKind = TokenKind.Newline;
        _previousEnd = -1;
        _moreStart = -1;
    }

    /// <summary>The current line of the scanner (xl's <c>yylineno</c>).</summary>
    public readonly int Line => _line;

    /// <summary>Scans the next token.</summary>
    /// <returns>The token; <see cref="TokenKind.End"/> at the end of input, again and again.</returns>
    public Token Next()
    {
        var src = _src;
        while (true)
        {
            int p = _pos;
            if (p >= src.Length)
            {
                return Make(TokenKind.End, p, p, _line, _moreStart >= 0 ? _moreStart : p);
            }

            byte c = src[p];
            switch (c)
            {
                case (byte)' ':
                case (byte)'\t':
                    _pos = p + 1;
                    while (_pos < src.Length && src[_pos] is (byte)' ' or (byte)'\t')
                    {
                        _pos++;
                    }

                    continue;
                case (byte)'\n':
                    return Newline(p, p + 1);
                case (byte)'#':
                {
                    int nl = src[(p + 1)..].IndexOf((byte)'\n');
                    if (nl >= 0)
                    {
                        return Newline(p, p + 1 + nl + 1);
                    }

                    break; // No newline: '#' is a bad byte (rule '.').
                }

                case (byte)',':
                    return Single(TokenKind.Comma, p);
                case (byte)'[':
                    return Single(TokenKind.LeftBracket, p);
                case (byte)']':
                    return Single(TokenKind.RightBracket, p);
                case (byte)'=':
                    return Single(TokenKind.Assign, p);
                case (byte)';':
                    return Single(TokenKind.Semicolon, p);
                case (byte)'+':
                    if (p + 1 < src.Length && src[p + 1] == (byte)'=')
                    {
                        _pos = p + 2;
                        return Make(TokenKind.AddAssign, p, p + 2, _line, p);
                    }

                    break;
                case (byte)'"':
                case (byte)'\'':
                {
                    int end = CharClass.StringEnd(src, p, out bool hasEscapes, out bool hasNul);
                    if (end > 0)
                    {
                        _pos = end;
                        var token = Make(TokenKind.String, p, end, _line, p, hasEscapes);
                        if (hasEscapes || hasNul)
                        {
                            _reporter.OnString(token, src[p..end], _line);
                        }

                        return token;
                    }

                    break; // Unterminated: the quote is a bad byte.
                }

                default:
                    if (c >= (byte)'a' && c <= (byte)'z')
                    {
                        int end = CharClass.NameEnd(src, p);
                        _pos = end;
                        return Make(TokenKind.Ident, p, end, _line, p);
                    }

                    if (c >= (byte)'0' && c <= (byte)'9')
                    {
                        int end = CharClass.NumberEnd(src, p);
                        _pos = end;
                        return Make(TokenKind.Number, p, end, _line, p);
                    }

                    break;
            }

            // A byte that starts no token: flex enters the "lexerr" state with yymore().
            if (LexicalError(p, out Token newline))
            {
                return newline;
            }
        }
    }

    private Token Make(TokenKind kind, int start, int end, int xenLine, int xenTextStart, bool hasEscapes = false)
    {
        _previousKind = kind;
        _previousEnd = end;
        return new Token(start, end, _line, xenLine, xenTextStart, kind, hasEscapes);
    }

    private Token Single(TokenKind kind, int p)
    {
        _pos = p + 1;
        return Make(kind, p, p + 1, _line, p);
    }

    /// <summary>NEWLINE: <c>{ yylloc->first_line= yylineno-1; return NEWLINE; }</c>, after flex counted the newline.</summary>
    private Token Newline(int start, int end)
    {
        int line = _line++;
        _pos = end;
        _previousKind = TokenKind.Newline;
        _previousEnd = end;
        return new Token(start, end, line, line, start, TokenKind.Newline, false);
    }

    /// <summary>
    /// The lexerr state: the bad byte at <paramref name="p"/> and the rest of its word are one
    /// lexical error. Returns true with a NEWLINE token when the error run ends at a newline.
    /// </summary>
    private bool LexicalError(int p, out Token newline)
    {
        var src = _src;
        newline = default;
        bool python = src[p] is (byte)'+' or (byte)'-' or (byte)'.' or (byte)'(' or (byte)')' or (byte)':';
        if (python)
        {
            _reporter.Xen.LikelyPython |= _reporter.Xen.Active;
        }

        int q = p + 1;
        if (q >= src.Length)
        {
            // yymore() then end of input: flex drops the byte without an action.
            _pos = q;
            _moreStart = p;
            _reporter.OnIgnoredLastByte(src[p], p);
            return false;
        }

        bool glued = _previousEnd == p;
        var glueKind = _previousKind;
        if (src[q] == (byte)'\n')
        {
            // <lexerr>\n: report at yylineno (already past the newline), then return NEWLINE
            // with first_line = yylineno, one line after the newline's own line.
            int errorLine = _line++;
            _pos = q + 1;
            _reporter.OnLexicalError(src, p, q + 1, q, errorLine, errorLine + 1, glued, glueKind);
            _previousKind = TokenKind.Newline;
            _previousEnd = q + 1;
            newline = new Token(q, q + 1, errorLine, _line, p, TokenKind.Newline, false);
            return true;
        }

        int runEnd;
        if (src[q] is (byte)' ' or (byte)'\t')
        {
            runEnd = q + 1; // [ \t] is longer than an empty [^ \t\n]*.
        }
        else
        {
            int stop = src[q..].IndexOfAny(WordStops);
            runEnd = stop < 0 ? src.Length : q + stop;
        }

        _pos = runEnd;
        _reporter.OnLexicalError(src, p, runEnd, runEnd, _line, _line, glued, glueKind);
        _previousKind = TokenKind.Newline; // Nothing glues across an error run.
        _previousEnd = -1;
        return false;
    }
}
