using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>
/// The reports of a lint run over files, in the formats <c>xlchan lint --format</c> gives: text
/// for people, GitHub workflow annotations, SARIF 2.1.0 for code-scanning services, and JSON.
/// </summary>
/// <remarks>
/// Every path, message and value is written with control characters, bidirectional overrides and
/// invalid UTF-8 escaped, so nothing a file contains or is named can forge a terminal's or a CI
/// runner's view. Stateless and thread-safe.
/// </remarks>
public static class LintReport
{
    /// <summary>
    /// Writes each diagnostic as <c>PATH:LINE:COLUMN: severity CODE: message</c> with the source
    /// line and a caret, then (when <paramref name="summary"/>) one line counting files and findings.
    /// </summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="files">The linted files, in the order to report them.</param>
    /// <param name="minimum">The least severity reported (the summary counts what is reported).</param>
    /// <param name="color">Whether to colour severities with ANSI escapes (for a terminal).</param>
    /// <param name="summary">Whether to end with the summary line (not written when there are no files).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(TextWriter output, IReadOnlyList<LintedFile> files, DiagnosticSeverity minimum = DiagnosticSeverity.Info, bool color = false, bool summary = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(files);
        int errors = 0, warnings = 0, infos = 0, suppressed = 0;
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            suppressed += file.Result.Suppressed.Count;
            foreach (var d in Reported(file, minimum))
            {
                output.Write(DiagnosticTextFormatter.Format(file.Path, file.Result.Config.Source, d, color));
                _ = d.Severity switch
                {
                    DiagnosticSeverity.Error => errors++,
                    DiagnosticSeverity.Warning => warnings++,
                    _ => infos++,
                };
            }
        }

        if (summary && files.Count > 0)
        {
            var releases = files.Select(f => f.XenRelease ?? "newest").Distinct(StringComparer.Ordinal).ToList();
            output.WriteLine(DiagnosticTextFormatter.Summary(new LintCounts(files.Count, errors, warnings, infos, suppressed), releases));
        }
    }

    /// <summary>Writes one GitHub Actions workflow command (<c>::error file=…,line=…::…</c>) a diagnostic.</summary>
    /// <param name="output">Where the commands go.</param>
    /// <param name="files">The linted files.</param>
    /// <param name="minimum">The least severity reported.</param>
    /// <param name="baseDirectory">When given, paths below it are written relative to it (the repository root, as GitHub expects); others as given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteGitHub(TextWriter output, IReadOnlyList<LintedFile> files, DiagnosticSeverity minimum = DiagnosticSeverity.Info, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            string path = ReportPath.Relative(file.Path, baseDirectory);
            foreach (var d in Reported(file, minimum))
            {
                output.WriteLine(GitHubAnnotationWriter.Format(path, d));
            }
        }
    }

    /// <summary>
    /// Writes a SARIF 2.1.0 log: one run, every rule, every diagnostic, and the findings inline
    /// comments silenced marked as suppressed with their justification.
    /// </summary>
    /// <param name="output">Where the JSON goes.</param>
    /// <param name="files">The linted files.</param>
    /// <param name="toolVersion">The version the log gives the tool.</param>
    /// <param name="docsUri">Where each rule's documentation lives (the rule's code is appended as a fragment), or null for none.</param>
    /// <param name="baseDirectory">When given, paths below it are written relative to it (as code-scanning services expect); others as given.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="docsUri"/> or <paramref name="baseDirectory"/> is null.</exception>
    public static void WriteSarif(TextWriter output, IReadOnlyList<LintedFile> files, string toolVersion, string? docsUri = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(toolVersion);
        var relative = files.Select(f => (f ?? throw new ArgumentNullException(nameof(files))) with { Path = ReportPath.Relative(f.Path, baseDirectory) }).ToList();
        JsonText.Write(output, indented: true, w => SarifWriter.Write(w, relative, toolVersion, docsUri));
        output.Write('\n');
    }

    /// <summary>Writes one JSON document: each file with its reported diagnostics (position, code, severity, message, fix).</summary>
    /// <param name="output">Where the JSON goes.</param>
    /// <param name="files">The linted files.</param>
    /// <param name="minimum">The least severity reported.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(TextWriter output, IReadOnlyList<LintedFile> files, DiagnosticSeverity minimum = DiagnosticSeverity.Info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(files);
        var reported = files.Select(f => (f ?? throw new ArgumentNullException(nameof(files)), (IReadOnlyList<Diagnostic>)Reported(f, minimum).ToList())).ToList();
        JsonText.Write(output, indented: true, w => LintReportJsonWriter.Write(w, reported));
        output.Write('\n');
    }

    private static IEnumerable<Diagnostic> Reported(LintedFile file, DiagnosticSeverity minimum) =>
        minimum == DiagnosticSeverity.Info ? file.Result.Diagnostics : file.Result.Diagnostics.Where(d => d.Severity >= minimum);
}
