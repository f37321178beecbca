using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Rules;

/// <summary>
/// Applies a team's choices to a file's findings: rule levels and selection, then the file's
/// inline suppressions. Reports suppressions that silence nothing, and keeps a file that xl
/// rejects from passing when every error that says why was silenced.
/// </summary>
internal static class FindingFilter
{
    /// <summary>Filters a file's findings.</summary>
    /// <param name="source">The file (its comments hold the inline suppressions).</param>
    /// <param name="findings">Every finding, ordered by position.</param>
    /// <param name="verdict">xl's verdict on the whole run.</param>
    /// <param name="rules">The rule configuration.</param>
    /// <returns>The findings to report, ordered by position, and the suppressed ones.</returns>
    public static (Diagnostic[] Reported, SuppressedDiagnostic[] Suppressed) Apply(SourceText source, Diagnostic[] findings, XlVerdict verdict, RuleConfiguration rules)
    {
        var problems = new List<Diagnostic>();
        var suppressions = SuppressionScanner.Scan(source, problems);
        if (suppressions.Count == 0 && problems.Count == 0 && rules.IsDefault)
        {
            return (findings, []);
        }

        var used = suppressions.Select(s => new bool[s.Codes.Count]).ToArray();
        var reported = new List<Diagnostic>(findings.Length + problems.Count);
        var suppressed = new List<SuppressedDiagnostic>();
        Diagnostic? firstSilencedError = null;
        foreach (var finding in findings)
        {
            if (rules.Effective(finding.Descriptor, finding.Severity) is not { } severity)
            {
                firstSilencedError ??= finding.Severity == DiagnosticSeverity.Error ? finding : null;
                continue;
            }

            var diagnostic = finding.WithSeverity(severity);
            firstSilencedError ??= finding.Severity == DiagnosticSeverity.Error && severity != DiagnosticSeverity.Error ? finding : null;
            if (Match(suppressions, used, diagnostic) is { } suppression)
            {
                suppressed.Add(new SuppressedDiagnostic(diagnostic, suppression));
                firstSilencedError ??= finding.Severity == DiagnosticSeverity.Error ? finding : null;
                continue;
            }

            reported.Add(diagnostic);
        }

        foreach (var problem in problems.Concat(Unused(suppressions, used, rules)))
        {
            if (rules.Effective(problem.Descriptor, problem.Severity) is { } severity)
            {
                reported.Add(problem.WithSeverity(severity));
            }
        }

        if (verdict != XlVerdict.Accepted && firstSilencedError is { } silenced && !reported.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            reported.Add(DiagnosticCatalog.RejectedWhileSilencedAt(silenced, crashes: verdict == XlVerdict.Crash));
        }

        Diagnostic[] result = [.. reported];
        DiagnosticOrder.SortByPosition(result);
        return (result, [.. suppressed]);
    }

    /// <summary>The first suppression that silences the diagnostic (every one that does is marked used).</summary>
    private static InlineSuppression? Match(List<InlineSuppression> suppressions, bool[][] used, Diagnostic diagnostic)
    {
        InlineSuppression? first = null;
        for (int i = 0; i < suppressions.Count; i++)
        {
            var s = suppressions[i];
            if (s.Scope != SuppressionScope.File && !Covers(diagnostic.Span, s.TargetLine))
            {
                continue;
            }

            for (int c = 0; c < s.Codes.Count; c++)
            {
                if (s.Codes[c].Code == diagnostic.Code)
                {
                    used[i][c] = true;
                    first ??= s;
                }
            }
        }

        return first;
    }

    /// <summary>True when the span lies on the line (it starts on it, ends on it, or spans it); a span ending at a line's first column ends on the line before.</summary>
    private static bool Covers(SourceSpan span, int line)
    {
        int last = span.End.Line > span.Start.Line && span.End.Column == 1 ? span.End.Line - 1 : span.End.Line;
        return line > 0 && span.Start.Line <= line && line <= last;
    }

    private static IEnumerable<Diagnostic> Unused(List<InlineSuppression> suppressions, bool[][] used, RuleConfiguration rules)
    {
        for (int i = 0; i < suppressions.Count; i++)
        {
            var s = suppressions[i];
            DiagnosticFix? fix = Removal(s, used[i]);
            for (int c = 0; c < s.Codes.Count; c++)
            {
                var code = s.Codes[c];
                if (used[i][c] || !DiagnosticCatalog.TryFind(code.Code, out var rule) || !rules.IsEnabled(rule))
                {
                    continue;
                }

                yield return DiagnosticCatalog.UnusedSuppressionAt(code.Span, code.Code, s.Scope == SuppressionScope.File, s.Scope == SuppressionScope.NextLine, s.TargetLine, fix);
                fix = null; // one fix per directive: it removes every unused code at once
            }
        }
    }

    /// <summary>The edit that removes a directive's unused codes (the whole directive when none is used), or null when all are used.</summary>
    private static DiagnosticFix? Removal(InlineSuppression s, bool[] used)
    {
        if (used.All(u => u))
        {
            return null;
        }

        var kept = s.Codes.Where((_, c) => used[c]).Select(code => code.Code).ToList();
        return kept.Count == 0
            ? new DiagnosticFix("remove the unused suppression", [new TextEdit(s.Removal, string.Empty)])
            : new DiagnosticFix($"keep only {string.Join(',', kept)} in the suppression", [new TextEdit(s.CodesSpan, string.Join(',', kept))]);
    }
}
