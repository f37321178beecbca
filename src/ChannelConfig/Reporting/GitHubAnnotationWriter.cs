using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=XLC0123::message</c>,
/// with GitHub's escaping so that no message can end the command or start another one, and the
/// printable-text rule (<see cref="PrintableText"/>) so that no escape sequence reaches the log.
/// The path is escaped but not quoted, so that GitHub still finds a file whose name holds a
/// backslash or a quote.
/// </summary>
internal static class GitHubAnnotationWriter
{
    /// <summary>Formats one diagnostic as a workflow command line.</summary>
    /// <param name="path">The file path (relative to the repository root, as GitHub expects).</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line, without a newline.</returns>
    public static string Format(string path, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostic);
        string command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var s = diagnostic.Span;
        var sb = new StringBuilder("::").Append(command)
            .Append(" file=").Append(EscapeProperty(PrintableText.Text(path)))
            .Append(",line=").Append(s.Start.Line)
            .Append(",col=").Append(s.Start.Column)
            .Append(",endLine=").Append(s.End.Line)
            .Append(",endColumn=").Append(s.End.Column)
            .Append(",title=").Append(EscapeProperty($"{diagnostic.Code} {diagnostic.Descriptor.Title}"))
            .Append("::").Append(EscapeData(PrintableText.Text(diagnostic.Message)));
        return sb.ToString();
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a command's property: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
