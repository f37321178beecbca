using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Parsing;
using ChannelConfig.Text;

namespace ChannelConfig.Rules;

/// <summary>
/// Finds the <c># xlchan:</c> directives in a file's comments. Comments are found by xl's own
/// scanner, so a <c>#</c> inside a string or inside a lexical error's word is never taken for one.
/// </summary>
/// <remarks>
/// <para>A directive is <c>xlchan:</c> right after a comment's <c>#</c> (blanks allowed), or after a
/// later <c>#</c> in the same comment: <c># why # xlchan: disable=XLC0120</c>. Its forms:</para>
/// <code>
/// # xlchan: disable=CODE[,CODE...] [-- reason]        this line, or the next one when alone on its line
/// # xlchan: disable-file=CODE[,CODE...] [-- reason]   the whole file
/// </code>
/// </remarks>
internal static class SuppressionScanner
{
    /// <summary>The bytes every directive contains; a file without them has none (the common case costs one search).</summary>
    public static ReadOnlySpan<byte> Marker => "xlchan:"u8;

    /// <summary>Codes that describe suppressions themselves, or guard the verdict: never silenced inline.</summary>
    private static readonly HashSet<string> Unsuppressible = new(StringComparer.Ordinal)
    {
        DiagnosticCatalog.UnusedSuppression.Id,
        DiagnosticCatalog.UnknownSuppressionCode.Id,
        DiagnosticCatalog.InvalidSuppression.Id,
        DiagnosticCatalog.RejectedWhileSilenced.Id,
    };

    /// <summary>Scans a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="problems">Receives a diagnostic for each malformed directive or unknown code.</param>
    /// <returns>The well-formed directives (a directive with an unknown code keeps its other codes).</returns>
    public static List<InlineSuppression> Scan(SourceText source, List<Diagnostic> problems)
    {
        var found = new List<InlineSuppression>();
        var bytes = source.Bytes.Span;
        if (bytes.IndexOf(Marker) < 0)
        {
            return found;
        }

        var lexer = new XlLexer(bytes, new SyntaxReporter(source, 1));
        for (var token = lexer.Next(); token.Kind != TokenKind.End; token = lexer.Next())
        {
            if (token.Kind == TokenKind.Newline && bytes[token.Start] == (byte)'#'
                && ReadDirective(source, token, problems) is { } suppression)
            {
                found.Add(suppression);
            }
        }

        return found;
    }

    private static InlineSuppression? ReadDirective(SourceText source, in Token comment, List<Diagnostic> problems)
    {
        var bytes = source.Bytes.Span;
        int end = comment.End - 1; // the newline
        if (end > comment.Start && bytes[end - 1] == (byte)'\r')
        {
            end--;
        }

        int hash = FindDirective(bytes, comment.Start, end);
        if (hash < 0)
        {
            return null;
        }

        var span = source.GetSpan(hash, end);
        int p = SkipBlanks(bytes, bytes[hash..end].IndexOf(Marker) + hash + Marker.Length, end);
        int nameStart = p;
        while (p < end && (bytes[p] is (byte)'-' or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z')))
        {
            p++;
        }

        string name = Encoding.ASCII.GetString(bytes[nameStart..p]);
        p = SkipBlanks(bytes, p, end);
        if (name is not ("disable" or "disable-file") || p >= end || bytes[p] != (byte)'=')
        {
            string? near = name.Length > 0 && Channels.EditDistance.Closest(name, ["disable", "disable-file"]) is { } n && n != name ? n : null;
            problems.Add(DiagnosticCatalog.InvalidSuppressionDirectiveAt(span, Printable(source, hash, end), near));
            return null;
        }

        // Codes, then an optional " -- reason".
        int codesStart = SkipBlanks(bytes, p + 1, end);
        int dashes = bytes[codesStart..end].IndexOf("--"u8);
        int codesEnd = dashes < 0 ? end : codesStart + dashes;
        string? justification = null;
        if (dashes >= 0)
        {
            justification = Encoding.UTF8.GetString(bytes[(codesEnd + 2)..end]).Trim(' ', '\t');
            justification = justification.Length == 0 ? null : justification;
        }

        while (codesEnd > codesStart && bytes[codesEnd - 1] is (byte)' ' or (byte)'\t')
        {
            codesEnd--;
        }

        var codes = ReadCodes(source, codesStart, codesEnd, span, problems);
        if (codes is null)
        {
            return null;
        }

        int line = comment.Line;
        int lineStart = source.Lines.LineStart(line);
        bool alone = bytes[lineStart..comment.Start].IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;
        var scope = name == "disable-file" ? SuppressionScope.File : alone ? SuppressionScope.NextLine : SuppressionScope.Line;
        int target = scope == SuppressionScope.NextLine ? NextCodeLine(source, line) : line;
        var removal = alone && hash == comment.Start
            ? source.GetSpan(lineStart, comment.End)
            : source.GetSpan(BlanksBefore(bytes, hash, lineStart), end);
        return new InlineSuppression(scope, target, codes, justification, span, removal, source.GetSpan(codesStart, codesEnd));
    }

    /// <summary>The <c>#</c> that starts a directive in the comment <c>[start, end)</c>, or -1.</summary>
    private static int FindDirective(ReadOnlySpan<byte> bytes, int start, int end)
    {
        int from = start;
        while (from < end)
        {
            int at = bytes[from..end].IndexOf(Marker);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            int before = at;
            while (before > start && bytes[before - 1] is (byte)' ' or (byte)'\t')
            {
                before--;
            }

            if (before > start && bytes[before - 1] == (byte)'#')
            {
                return before - 1;
            }

            from = at + Marker.Length;
        }

        return -1;
    }

    private static List<SuppressedCode>? ReadCodes(SourceText source, int start, int end, SourceSpan directive, List<Diagnostic> problems)
    {
        var bytes = source.Bytes.Span;
        var codes = new List<SuppressedCode>();
        bool ok = true;
        int p = start;
        while (p <= end)
        {
            int comma = bytes[p..end].IndexOf((byte)',');
            int itemEnd = comma < 0 ? end : p + comma;
            int a = SkipBlanks(bytes, p, itemEnd);
            int b = itemEnd;
            while (b > a && bytes[b - 1] is (byte)' ' or (byte)'\t')
            {
                b--;
            }

            string code = Encoding.UTF8.GetString(bytes[a..b]);
            var span = source.GetSpan(a, b);
            if (code.Length == 0)
            {
                problems.Add(DiagnosticCatalog.InvalidSuppressionEmptyCodeAt(directive, noCodes: codes.Count == 0 && comma < 0));
                return null;
            }

            if (code.AsSpan().IndexOfAny(' ', '\t') >= 0)
            {
                problems.Add(DiagnosticCatalog.InvalidSuppressionCodeListAt(directive, Printable(source, a, b)));
                return null;
            }

            if (!DiagnosticCatalog.TryFind(code, out var rule))
            {
                problems.Add(DiagnosticCatalog.UnknownSuppressionCodeAt(span, Printable(source, a, b), RuleConfiguration.Suggestion(code)));
                ok = false;
            }
            else if (Unsuppressible.Contains(rule.Id))
            {
                problems.Add(DiagnosticCatalog.InvalidSuppressionUnsilenceableAt(span, rule.Id));
                ok = false;
            }
            else
            {
                codes.Add(new SuppressedCode(rule.Id, span));
            }

            if (comma < 0)
            {
                break;
            }

            p = itemEnd + 1;
        }

        return codes.Count > 0 || ok ? codes : null;
    }

    /// <summary>The first line after <paramref name="line"/> that is neither blank nor a comment, or 0.</summary>
    private static int NextCodeLine(SourceText source, int line)
    {
        for (int l = line + 1; l <= source.LineCount; l++)
        {
            var text = source.GetLineBytes(l);
            int first = text.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r');
            if (first >= 0 && text[first] != (byte)'#')
            {
                return l;
            }
        }

        return 0;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> bytes, int p, int end)
    {
        while (p < end && bytes[p] is (byte)' ' or (byte)'\t')
        {
            p++;
        }

        return p;
    }

    private static int BlanksBefore(ReadOnlySpan<byte> bytes, int p, int lineStart)
    {
        while (p > lineStart && bytes[p - 1] is (byte)' ' or (byte)'\t')
        {
            p--;
        }

        return p;
    }

    private static string Printable(SourceText source, int start, int end) =>
        PrintableText.Of(Encoding.UTF8.GetString(source.Bytes.Span[start..end]));
}
