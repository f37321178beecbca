using ChannelConfig.Text;

namespace ChannelConfig.Parsing;

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

    private readonly string _source;
    private readonly CappedText _report = new(CappedText.MaxChars);

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
    /// <param name="wantLine">Whether the caller uses the line returned (a file of lexical errors prints one for each, and most are not kept in a diagnostic).</param>
    /// <returns>The printed line without its newline, or null when xl prints nothing or the line is not wanted.</returns>
    public string? YyError(int firstLine, ReadOnlySpan<byte> yytext, bool eofMarker, string message, bool wantLine = true)
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

        // Written straight into the report, and copied out only when wanted.
        int start = _report.BeginLine();
        var text = _report.Builder.Append(_source).Append(':').Append(lineno).Append(": config parsing error near ");
        if (len > 0)
        {
            text.Append('`');
            ByteText.AppendDecoded(text, printable);
            text.Append('\'');
        }

        text.Append(newline).Append(": ").Append(message);
        string? line = _report.EndLine(start, wantLine);
        Err = true;
        return line;
    }

    /// <summary><c>xlu__cfgl_lexicalerror</c>: <see cref="YyError"/> at the scanner's current line, which then silences that line.</summary>
    /// <param name="yylineno">The scanner's <c>yylineno</c>.</param>
    /// <param name="yytext">The scanner's <c>yytext</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="wantLine">Whether the caller uses the line returned.</param>
    /// <returns>The printed line, or null (also when not wanted).</returns>
    public string? LexicalError(int yylineno, ReadOnlySpan<byte> yytext, string message, bool wantLine = true)
    {
        if (!Active)
        {
            return null;
        }

        string? line = YyError(yylineno, yytext, eofMarker: false, message, wantLine);
        LexErrLine = yylineno;
        return line;
    }

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

    /// <summary>
    /// libxlu's report stream (each line ending in a newline) and what xl prints on standard error
    /// while reading: the report, then, when the file is rejected, xl's own line. Both are joined
    /// only when asked for (a file of lexical errors makes a line for each, up to 4 MiB). Call once
    /// the reading is done: the report must not change afterwards.
    /// </summary>
    /// <returns>The report stream and standard error.</returns>
    public (DeferredText Report, DeferredText Stderr) Finish()
    {
        string warnings = !Crashed && Err && LikelyPython
            ? "warning: Config file looks like it contains Python code.\n"
              + "warning:  Arbitrary Python is no longer supported.\n"
              + "warning:  See https://wiki.xen.org/wiki/PythonInXlConfig\n"
            : string.Empty;
        var report = _report.Builder.Length == 0 && warnings.Length == 0 ? DeferredText.Empty : DeferredText.Join(_report.Builder, warnings);
        string prefix = !Crashed && _report.Truncated ? CappedText.Note : string.Empty;
        string suffix = Crashed ? NulAssertion + "\n" : Err ? "Failed to parse config: Invalid argument\n" : string.Empty;
        var stderr = prefix.Length + suffix.Length == 0 ? report : DeferredText.Join(prefix, report, suffix);
        return (report, stderr);
    }
}
