using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Parsing;

/// <summary>
/// Receives every problem the scanner and parser meet, and turns each into two things: what xl
/// would print (through <see cref="XenReport"/>, with all of xl's suppression rules) and our own
/// diagnostic (every problem, with its exact span, a specific message and a fix).
/// </summary>
internal sealed class SyntaxReporter
{
    // The first carriage return is reported once, with a message completed in Finish(): how many
    // lines have one, and the fix for all of them. Its index is -1 when it was not stored (the
    // diagnostic list was already full, or it became the too-many note): then nothing is completed.
    private bool _carriageReturnSeen;
    private int _carriageReturnIndex = -1;
    private int _carriageReturnCount;

    public SyntaxReporter(SourceText source, int maxDiagnostics)
    {
        Source = source;
        Xen = new XenReport(source.Name);
        Diagnostics = new DiagnosticBag(maxDiagnostics);
    }

    /// <summary>The file being read (for the line and column of each diagnostic).</summary>
    public SourceText Source { get; }

    /// <summary>xl's view.</summary>
    public XenReport Xen { get; }

    /// <summary>Our diagnostics.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The last line on which a lexical error started: syntax errors that follow on it are consequences.</summary>
    public int LastLexicalErrorLine { get; private set; } = -1;

    /// <summary>
    /// A string token with a backslash or a NUL byte was scanned: check it as xl's decoder would,
    /// and report every bad escape and NUL byte. (Strings without either decode trivially.)
    /// </summary>
    public void OnString(in Token token, ReadOnlySpan<byte> text, int line)
    {
        string? xlLine = null;
        bool xenCrashed = false;
        if (Xen.Active && !Xen.Err)
        {
            var outcome = XenDequote.Check(text);
            if (outcome == XenDequoteOutcome.Crash)
            {
                Xen.Crash();
                xenCrashed = true;
            }
            else if (outcome != XenDequoteOutcome.Ok)
            {
                xlLine = Xen.LexicalError(line, text, XenDequote.Message(outcome));
            }
        }

        if (!token.HasEscapes && text.IndexOf((byte)0) < 0)
        {
            return;
        }

        bool xlLineUsed = false;
        string? decoded = null;
        int end = text.Length - 1;
        for (int p = 1; p < end && !Diagnostics.IsFull; p++)
        {
            byte c = text[p];
            if (c == 0)
            {
                Diagnostics.Add(DiagnosticCatalog.NulInStringAt(
                    Source.GetSpan(token.Start + p, token.Start + p + 1),
                    xenCrashed,
                    xenCrashed ? XenReport.NulAssertion : null));
                xenCrashed = false;
                continue;
            }

            if (c != (byte)'\\')
            {
                continue;
            }

            byte nc = text[p + 1];
            if (StringDecoder.Simple(nc) is not null)
            {
                p++;
                continue;
            }

            Diagnostic diagnostic;
            string? xl = xlLineUsed ? null : xlLine;
            int escapeEnd = p + 2;
            var span = Source.GetSpan(token.Start + p, token.Start + escapeEnd);
            if (nc == (byte)'x')
            {
                diagnostic = DiagnosticCatalog.HexEscapeAt(span, Escape(text, p, Math.Min(p + 4, end)), xl);
            }
            else if (nc is >= (byte)'0' and <= (byte)'7')
            {
                int consumed = OctalEscapeQuirk.Consumed(text[(p + 2)..]);
                if (consumed >= 2)
                {
                    escapeEnd = p + 2 + consumed;
                    decoded ??= PrintableText.Text(ByteText.Decode(StringDecoder.Decode(text[1..end])));
                    Diagnostics.Add(DiagnosticCatalog.OctalEscapeVanishesAt(
                        Source.GetSpan(token.Start + p, token.Start + escapeEnd),
                        Escape(text, p, escapeEnd),
                        Shorten(decoded)));
                    p = escapeEnd - 1;
                    continue;
                }

                diagnostic = DiagnosticCatalog.InvalidOctalEscapeAt(span, Escape(text, p, escapeEnd), xl);
            }
            else
            {
                diagnostic = DiagnosticCatalog.UnknownEscapeAt(span, Escape(text, p, escapeEnd), xl);
            }

            Diagnostics.Add(diagnostic);
            xlLineUsed = true;
            p = escapeEnd - 1;
        }
    }

    /// <summary>A lexical error: the bad byte at <paramref name="start"/> and the rest of its word.</summary>
    /// <param name="src">The whole input.</param>
    /// <param name="start">The bad byte.</param>
    /// <param name="xenEnd">The end of xl's <c>yytext</c> (past the newline for the newline form).</param>
    /// <param name="end">The end of our span of the run (without a newline).</param>
    /// <param name="line">The line of the run.</param>
    /// <param name="xenLine">The line xl reports (its <c>yylineno</c> at that moment).</param>
    /// <param name="glued">True when the run starts right where the previous token ended.</param>
    /// <param name="glueKind">The previous token's kind.</param>
    public void OnLexicalError(ReadOnlySpan<byte> src, int start, int xenEnd, int end, int line, int xenLine, bool glued, TokenKind glueKind)
    {
        byte b = src[start];
        bool kept = (b != (byte)'\r' || !_carriageReturnSeen) && Diagnostics.KeepsNext;
        string? xl = Xen.LexicalError(xenLine, src[start..xenEnd], "lexical error", wantLine: kept);
        LastLexicalErrorLine = line;
        var run = src[start..end];

        if (b == (byte)'\r')
        {
            _carriageReturnCount++;
            if (_carriageReturnSeen)
            {
                return;
            }

            _carriageReturnSeen = true;
            _carriageReturnIndex = Diagnostics.AddReplaceable(DiagnosticCatalog.CarriageReturnAt(Source.GetSpan(start, start + 1), 1, xl));
            return;
        }

        var (descriptor, create) = Classify(run, start, glued, glueKind);
        if (!Diagnostics.KeepsNext)
        {
            Diagnostics.Drop(descriptor); // A run can be megabytes long: build nothing that will not be kept.
            return;
        }

        // Messages quote the start of the run only.
        const int Shown = 60;
        string shown = PrintableText.Text(ByteText.Decode(run[..Math.Min(run.Length, Shown)]).TrimEnd(' ', '\t'));
        if (run.Length > Shown)
        {
            shown += "...";
        }

        Diagnostics.Add(create(Source.GetSpan(start, end), shown, b, xl, CertainFix(descriptor, src, start, end)));
    }

    /// <summary>
    /// The fix for a lexical error when exactly one spelling is meant: the BOM removed, hex digits
    /// in lower case, a control character replaced by a space, a final newline added. Others
    /// (an upper-case name, which may be a value; a quote missing somewhere) need a person.
    /// </summary>
    private DiagnosticFix? CertainFix(DiagnosticDescriptor descriptor, ReadOnlySpan<byte> src, int start, int end)
    {
        if (descriptor == DiagnosticCatalog.ByteOrderMark)
        {
            return new DiagnosticFix("remove the byte-order mark", [new TextEdit(Source.GetSpan(0, 3), string.Empty)]);
        }

        if (descriptor == DiagnosticCatalog.UppercaseHex && HexNumberStart(src, start, end) is int first and >= 0)
        {
            string lower = Encoding.ASCII.GetString(src[start..end]).ToLowerInvariant();
            string number = Encoding.ASCII.GetString(src[first..start]) + lower;
            return new DiagnosticFix($"write {number}", [new TextEdit(Source.GetSpan(start, end), lower)]);
        }

        if (descriptor == DiagnosticCatalog.ControlCharacter && end > start)
        {
            return new DiagnosticFix("replace the control character with a space", [new TextEdit(Source.GetSpan(start, start + 1), " ")]);
        }

        if (descriptor == DiagnosticCatalog.CommentAtEndWithoutNewline && src.Length > 0 && src[^1] != (byte)'\n')
        {
            return new DiagnosticFix("end the file with a newline", [new TextEdit(SourceSpan.At(Source.GetPosition(src.Length)), "\n")]);
        }

        return null;
    }

    /// <summary>Where the number glued to an upper-case hex run starts, when number and run together are <c>0x</c> and hex digits; otherwise -1.</summary>
    private static int HexNumberStart(ReadOnlySpan<byte> src, int start, int end)
    {
        int first = start;
        while (first > 0 && src[first - 1] is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or (byte)'x')
        {
            first--;
        }

        var word = src[first..end];
        if (word.Length < 3 || word[0] != (byte)'0' || (word[1] | 0x20) != (byte)'x')
        {
            return -1;
        }

        foreach (byte b in word[2..])
        {
            if (!(b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F'))
            {
                return -1;
            }
        }

        return first;
    }

    /// <summary>
    /// Which problem a lexical error run is (not a carriage return), and the catalogue's factory
    /// for it, given the run's span, its start as shown, its first byte, xl's line and the fix.
    /// </summary>
    private static (DiagnosticDescriptor Rule, Func<SourceSpan, string, byte, string?, DiagnosticFix?, Diagnostic> Create) Classify(
        ReadOnlySpan<byte> run, int start, bool glued, TokenKind glueKind)
    {
        byte b = run[0];
        if (start == 0 && run.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DiagnosticCatalog.ByteOrderMark, static (span, _, _, xl, fix) => DiagnosticCatalog.ByteOrderMarkAt(span, xl, fix));
        }

        if (glued && glueKind == TokenKind.Number && (b is >= (byte)'A' and <= (byte)'Z' || IsHexLike(run)))
        {
            return IsHexLike(run)
                ? (DiagnosticCatalog.UppercaseHex, static (span, shown, _, xl, fix) => DiagnosticCatalog.UppercaseHexAt(span, shown, xl, fix))
                : (DiagnosticCatalog.NumberWithSuffix, static (span, shown, _, xl, _) => DiagnosticCatalog.NumberWithSuffixAt(span, shown, xl));
        }

        return b switch
        {
            >= (byte)'A' and <= (byte)'Z' or (byte)'_' =>
                (DiagnosticCatalog.InvalidName, static (span, shown, _, xl, _) => DiagnosticCatalog.InvalidNameAt(span, shown, xl)),
            (byte)'"' or (byte)'\'' =>
                (DiagnosticCatalog.UnterminatedString, static (span, _, first, xl, _) => DiagnosticCatalog.UnterminatedStringAt(span, (char)first, xl)),
            (byte)'+' or (byte)'-' or (byte)'.' or (byte)'(' or (byte)')' or (byte)':' =>
                (DiagnosticCatalog.PythonSyntax, static (span, shown, _, xl, _) => DiagnosticCatalog.PythonSyntaxAt(span, shown, xl)),
            (byte)'#' =>
                (DiagnosticCatalog.CommentAtEndWithoutNewline, static (span, _, _, xl, fix) => DiagnosticCatalog.CommentAtEndWithoutNewlineAt(span, xl, fix)),
            0 =>
                (DiagnosticCatalog.NulByte, static (span, _, _, xl, _) => DiagnosticCatalog.NulByteAt(span, xl)),
            < 0x20 or 0x7F =>
                (DiagnosticCatalog.ControlCharacter, static (span, _, first, xl, fix) => DiagnosticCatalog.ControlCharacterAt(span, first, xl, fix)),
            >= 0x80 =>
                (DiagnosticCatalog.NonAsciiOutsideString, static (span, shown, _, xl, _) => DiagnosticCatalog.NonAsciiOutsideStringAt(span, shown, xl)),
            _ =>
                (DiagnosticCatalog.UnexpectedCharacter, static (span, shown, _, xl, _) => DiagnosticCatalog.UnexpectedCharacterAt(span, shown, xl)),
        };
    }

    /// <summary>A single bad byte at the very end of the input: xl drops it silently.</summary>
    public void OnIgnoredLastByte(byte b, int offset)
    {
        Diagnostics.Add(DiagnosticCatalog.IgnoredLastByteAt(Source.GetSpan(offset, offset + 1), b));
    }

    /// <summary>Completes messages that depend on the whole file.</summary>
    public void Finish()
    {
        if (_carriageReturnIndex >= 0)
        {
            // Only when the first carriage return's diagnostic was stored: past the limit there is
            // none to complete (the too-many note keeps its own message).
            var first = Diagnostics.Items[_carriageReturnIndex];
            Diagnostics.Replace(_carriageReturnIndex, DiagnosticCatalog.CarriageReturnAt(first.Span, _carriageReturnCount, first.XlMessage, LineEndingsFix()));
        }
    }

    /// <summary>Every CRLF line end made LF: a carriage return right before a newline is never part of a value (a string ends on its line).</summary>
    private DiagnosticFix? LineEndingsFix() =>
        LineEndingEdits.Of(Source) is { } edits ? new DiagnosticFix("convert CRLF line endings to LF", edits) : null;

    private static bool IsHexLike(ReadOnlySpan<byte> run)
    {
        foreach (byte b in run)
        {
            if (!(b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F' or (byte)'x' or (byte)'X'))
            {
                return false;
            }
        }

        return run.Length > 0;
    }

    private static string Escape(ReadOnlySpan<byte> text, int start, int end) =>
        PrintableText.Text(Encoding.UTF8.GetString(text[start..Math.Min(end, text.Length)]));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "...";
}
