using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Editing;

/// <summary>
/// What an edit compares between a file and its edited version, kept instead of the whole lint
/// result: xl's verdict, the errors and warnings counted by code, and the (bounded) findings.
/// </summary>
internal sealed class FindingCounts
{
    private readonly Dictionary<string, int> _errors;
    private readonly Dictionary<string, int> _warnings;

    public FindingCounts(LintResult result)
        : this(result.Config.Verdict, result.Diagnostics)
    {
    }

    private FindingCounts(XlVerdict verdict, IReadOnlyList<Diagnostic> diagnostics)
    {
        Verdict = verdict;
        Diagnostics = diagnostics;
        _errors = Count(diagnostics, DiagnosticSeverity.Error);
        _warnings = Count(diagnostics, DiagnosticSeverity.Warning);
    }

    /// <summary>No reading (a refused plan).</summary>
    public static FindingCounts None { get; } = new(XlVerdict.Accepted, []);

    public XlVerdict Verdict { get; }

    /// <summary>The findings (at most the lint limit of each stage, so small whatever the file).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The first error code that occurs more often here than in <paramref name="before"/>, described, or null.</summary>
    public string? NewError(FindingCounts before) =>
        FirstMore(DiagnosticSeverity.Error, _errors, before._errors) is { } d ? $"{d.Code} at line {d.Span.Start.Line}: {d.Message}" : null;

    /// <summary>The warnings whose code occurs more often here than in <paramref name="before"/>, described (an edit never leaves a new problem silently).</summary>
    public IEnumerable<string> NewWarnings(FindingCounts before)
    {
        foreach (var (code, count) in _warnings)
        {
            if (count > before._warnings.GetValueOrDefault(code))
            {
                var d = Diagnostics.Last(x => x.Severity == DiagnosticSeverity.Warning && x.Code == code);
                yield return $"the edited file has a new warning: {d.Code} at line {d.Span.Start.Line}: {d.Message}";
            }
        }
    }

    private Diagnostic? FirstMore(DiagnosticSeverity severity, Dictionary<string, int> here, Dictionary<string, int> before)
    {
        foreach (var (code, count) in here)
        {
            if (count > before.GetValueOrDefault(code))
            {
                return Diagnostics.Last(x => x.Severity == severity && x.Code == code);
            }
        }

        return null;
    }

    private static Dictionary<string, int> Count(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Where(d => d.Severity == severity).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
