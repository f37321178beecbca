using System.Globalization;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>The line <c>xlchan fix</c> ends each file with: what it fixed and what remains for a person.</summary>
internal static class FixSummary
{
    /// <summary>
    /// <c>fixed 3, 2 remain that fix cannot fix (1 error, 1 warning): run xlchan lint FILE</c>, or
    /// <c>fixed 3, nothing remains</c>; in diff mode <c>3 to fix in the diff above</c> instead of <c>fixed 3</c>.
    /// </summary>
    /// <param name="path">The file (the name in the pointer to lint).</param>
    /// <param name="fixes">How many fixes were applied.</param>
    /// <param name="remaining">The fixed file's findings.</param>
    /// <param name="written">True when the fixed file was written or printed (not a diff).</param>
    /// <returns>The message, for <see cref="ErrorLines.ForFile"/>.</returns>
    public static string Of(string path, int fixes, IReadOnlyList<Diagnostic> remaining, bool written)
    {
        string done = written ? $"fixed {N(fixes)}" : fixes == 0 ? "nothing to fix" : $"{N(fixes)} to fix in the diff (--in-place writes it)";
        if (remaining.Any(d => d.Code == DiagnosticCatalog.TooManyDiagnostics.Id))
        {
            // A reading lists a limited number of findings (XLC0031): those beyond it were neither
            // fixed nor counted, and may well be fixable.
            string again = written ? $"run xlchan fix {PrintableText.Path(path)} again" : "apply the diff and run xlchan fix again";
            return $"{done}; more findings remain than one reading lists (XLC0031), some perhaps fixable: {again}";
        }

        int errors = remaining.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = remaining.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (errors + warnings == 0)
        {
            return $"{done}, nothing remains";
        }

        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add(Plural(errors, "error"));
        }

        if (warnings > 0)
        {
            parts.Add(Plural(warnings, "warning"));
        }

        string verb = errors + warnings == 1 ? "remains" : "remain";
        return $"{done}, {N(errors + warnings)} {verb} that fix cannot fix ({string.Join(", ", parts)}): run xlchan lint {PrintableText.Path(path)}";
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string word) => $"{N(n)} {word}{(n == 1 ? string.Empty : "s")}";
}
