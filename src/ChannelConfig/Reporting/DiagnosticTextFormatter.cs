using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>
/// Compiler-style text: <c>file:line:col: error XLC0123: message</c>, the source line with a caret
/// under the span, then the rule's fix; optionally coloured with ANSI escapes.
/// </summary>
internal static class DiagnosticTextFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";

    /// <summary>Formats one diagnostic.</summary>
    /// <param name="path">The file name to print.</param>
    /// <param name="source">The file, for the source line.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="color">Use ANSI colours.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    public static string Format(string path, SourceText source, Diagnostic diagnostic, bool color)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var sb = new StringBuilder();
        var start = diagnostic.Span.Start;
        AppendLine(sb, path, diagnostic, color).Append('\n');

        // Long lines are not shown (and not even decoded: a 10 MB line may carry a thousand diagnostics).
        string line = source.GetLineBytes(start.Line).Length <= 2000 ? PrintableText.SourceLine(source.GetLineText(start.Line)) : string.Empty;
        if (line.Length > 0 && line.Length <= 500)
        {
            int caretColumn = Math.Min(start.Column, line.Length + 1);
            int width = diagnostic.Span.End.Line == start.Line ? Math.Max(1, diagnostic.Span.End.Column - start.Column) : 1;
            width = Math.Min(width, Math.Max(1, line.Length + 2 - caretColumn));
            sb.Append("    ").Append(line).Append('\n');
            sb.Append("    ").Append(' ', caretColumn - 1)
              .Append(color ? "\u001b[1;32m" : string.Empty).Append('^').Append('~', width - 1).Append(color ? Reset : string.Empty).Append('\n');
        }

        if (diagnostic.Severity != DiagnosticSeverity.Info)
        {
            string fix = diagnostic.Fix is { } f ? $"{f.Title} (`xlchan fix` can apply it)" : diagnostic.Descriptor.Fix;
            sb.Append("    = fix: ").Append(PrintableText.Text(fix)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The one-line form, <c>PATH:LINE:COLUMN: SEVERITY CODE: MESSAGE</c>, path and message as
    /// printable text: the first line of <see cref="Format"/>, and what xlchan prints on standard
    /// error for a diagnostic met while doing something else (a dump, an import).
    /// </summary>
    /// <param name="path">The file name to print.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line, without a newline.</returns>
    public static string Line(string path, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostic);
        return AppendLine(new StringBuilder(), path, diagnostic, color: false).ToString();
    }

    private static StringBuilder AppendLine(StringBuilder sb, string path, Diagnostic diagnostic, bool color)
    {
        var start = diagnostic.Span.Start;
        string severityColor = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "\u001b[1;31m",
            DiagnosticSeverity.Warning => "\u001b[1;35m",
            _ => "\u001b[1;36m",
        };
        return sb.Append(color ? Bold : string.Empty).Append(PrintableText.Path(path)).Append(':').Append(start.Line).Append(':').Append(start.Column).Append(": ")
          .Append(color ? Reset + severityColor : string.Empty).Append(Diagnostic.SeverityName(diagnostic.Severity)).Append(color ? Reset : string.Empty)
          .Append(' ').Append(diagnostic.Code).Append(": ").Append(PrintableText.Text(diagnostic.Message));
    }

    /// <summary>The closing summary: <c>3 files, 1 error, 2 warnings, 1 info (as Xen 4.17)</c>, with <c>, N suppressed</c> when comments silenced any.</summary>
    /// <param name="counts">What was found.</param>
    /// <param name="xenReleases">The Xen releases the files were read as (<c>4.17</c>, <c>newest</c>).</param>
    /// <returns>The line, without a newline.</returns>
    public static string Summary(LintCounts counts, IReadOnlyCollection<string> xenReleases)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(xenReleases);
        var sb = new StringBuilder()
            .Append(Count(counts.Files, "file", "files")).Append(", ")
            .Append(Count(counts.Errors, "error", "errors")).Append(", ")
            .Append(Count(counts.Warnings, "warning", "warnings")).Append(", ")
            .Append(Count(counts.Infos, "info", "infos"));
        if (counts.Suppressed > 0)
        {
            sb.Append(", ").Append(counts.Suppressed).Append(" suppressed");
        }

        if (xenReleases.Count > 0)
        {
            sb.Append(" (as Xen ").Append(string.Join(" and ", xenReleases.Select(PrintableText.Text))).Append(')');
        }

        return sb.ToString();
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
