using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Lexing;

/// <summary>
/// An exact model of how libxlu reports problems while it reads a file (<c>CfgParseContext</c>:
/// <c>err</c>, <c>lexerrlineno</c>, <c>likely_python</c>, and the text <c>xlu__cfg_yyerror</c> prints).
/// </summary>
/// <remarks>
/// The reader feeds it every event in the order xl's scanner and parser would meet them; it decides
/// what xl prints and whether xl accepts, rejects or crashes. It never affects our own diagnostics.
/// </remarks>
internal sealed class XenReport
{
    /// <summary>What xl prints when <c>xlu__cfgl_dequote</c>'s assertion fails.</summary>
    public const string NulAssertion =
        "xl: libxlu_cfg.c:607: xlu__cfgl_dequote: Assertion `len>=2 && src[0]==src[len-1]' failed.";

    private const int MaxReportChars = 4 * 1024 * 1024;

    private readonly string _source;
    private readonly StringBuilder _text = new();
    private bool _truncated;

    public XenReport(string source) => _source = source;

    /// <summary><c>ctx->err</c> is set: nothing more is stored or dequoted, and xl will exit.</summary>
    public bool Err { get; private set; }

    /// <summary><c>ctx->lexerrlineno</c>: errors on or before this line are not printed.</summary>
    public int LexErrLine { get; private set; } = -1;

    /// <summary><c>ctx->likely_python</c>: one of <c>+ - . ( ) :</c> started a lexical error.</summary>
    public bool LikelyPython { get; set; }

    /// <summary>The parse stopped (<c>YYABORT</c>); xl reads no further.</summary>
    public bool Stopped { get; private set; }

    /// <summary>xl died (SIGABRT) while reading.</summary>
    public bool Crashed { get; private set; }

    /// <summary>True while xl is still reading (neither stopped nor crashed).</summary>
    public bool Active => !Stopped && !Crashed;

    /// <summary>
    /// <c>xlu__cfg_yyerror</c>: prints <c>SOURCE:LINE: config parsing error near `TEXT': MSG</c>
    /// unless the line is at or before the last lexical error's line.
    /// </summary>
    /// <param name="firstLine">The <c>loc->first_line</c> xl passes.</param>
    /// <param name="yytext">xl's current <c>yytext</c> (the bytes it would print).</param>
    /// <param name="eofMarker">True when <c>yytext</c> ends with the scanner's end-of-buffer NUL (at end of input).</param>
    /// <param name="message">The message.</param>
    /// <returns>The printed line without its newline, or null when xl prints nothing.</returns>
    public string? YyError(int firstLine, ReadOnlySpan<byte> yytext, bool eofMarker, string message)
    {
        if (!Active)
        {
            return null;
        }

        int lineno = firstLine;
        if (lineno <= LexErrLine)
        {
            return null;
        }

        int len = yytext.Length + (eofMarker ? 1 : 0);
        string newline = string.Empty;
        if (!eofMarker && len > 0 && yytext[len - 1] == (byte)'\n')
        {
            len--;
            lineno--;
            if (len == 0)
            {
                newline = "<newline>";
            }
        }

        while (!eofMarker && len > 0 && (yytext[len - 1] == (byte)'\t' || yytext[len - 1] == (byte)' '))
        {
            len--;
        }

        // %.*s stops at a NUL byte; the end-of-buffer marker is one.
        var printable = yytext[..Math.Min(len, yytext.Length)];
        int nul = printable.IndexOf((byte)0);
        if (nul >= 0)
        {
            printable = printable[..nul];
        }

        string quoteOpen = len > 0 ? "`" : string.Empty;
        string quoteClose = len > 0 ? "'" : string.Empty;
        string line = $"{_source}:{lineno}: config parsing error near {quoteOpen}{ByteText.Decode(printable)}{quoteClose}{newline}: {message}";
        Append(line);
        Err = true;
        return line;
    }

    /// <summary><c>xlu__cfgl_lexicalerror</c>: <see cref="YyError"/> at the scanner's current line, which then silences that line.</summary>
    /// <param name="yylineno">The scanner's <c>yylineno</c>.</param>
    /// <param name="yytext">The scanner's <c>yytext</c>.</param>
    /// <param name="message">The message.</param>
    /// <returns>The printed line, or null.</returns>
    public string? LexicalError(int yylineno, ReadOnlySpan<byte> yytext, string message)
    {
        if (!Active)
        {
            return null;
        }

        string? line = YyError(yylineno, yytext, eofMarker: false, message);
        LexErrLine = yylineno;
        return line;
    }

    /// <summary>Sets <c>ctx->err</c> without a message (a failure xl reports elsewhere).</summary>
    public void SetError() => Err = true;

    /// <summary>The parser gave up (<c>YYABORT</c>).</summary>
    public void Stop() => Stopped = true;

    /// <summary>xl aborted on an assertion.</summary>
    public void Crash()
    {
        if (Active)
        {
            Crashed = true;
        }
    }

    /// <summary>The text libxlu wrote to its report stream (each line ending in a newline).</summary>
    public string ReportText
    {
        get
        {
            if (!Crashed && Err && LikelyPython)
            {
                return _text.ToString()
                    + "warning: Config file looks like it contains Python code.\n"
                    + "warning:  Arbitrary Python is no longer supported.\n"
                    + "warning:  See https://wiki.xen.org/wiki/PythonInXlConfig\n";
            }

            return _text.ToString();
        }
    }

    /// <summary>The text libxlu wrote to its report stream, then (when the file was rejected) xl's own line.</summary>
    /// <returns>The text, each line ending in a newline.</returns>
    public string ToStderr()
    {
        if (Crashed)
        {
            return _text.ToString() + NulAssertion + "\n";
        }

        string text = ReportText;
        if (_truncated)
        {
            text = "(xl's messages for this file exceed 4 MiB; the rest are not kept)\n" + text;
        }

        return Err ? text + "Failed to parse config: Invalid argument\n" : text;
    }

    private void Append(string line)
    {
        if (_text.Length + line.Length + 1 > MaxReportChars)
        {
            _truncated = true;
            return;
        }

        _text.Append(line).Append('\n');
    }
}
