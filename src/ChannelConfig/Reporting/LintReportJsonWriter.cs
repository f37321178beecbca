using System.Text.Json;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Reporting;

/// <summary>
/// <c>xlchan lint --format json</c>: one document with every file's verdict, diagnostics (each with
/// its fix) and the findings its comments silenced, and a summary:
/// <c>{ "files": [ { "path", "verdict", "xen", "diagnostics": [...], "suppressed": [...] } ], "summary": { "files", "errors", "warnings", "infos", "suppressed", "xen": [...] } }</c>.
/// </summary>
internal static class LintReportJsonWriter
{
    /// <summary>Writes the document.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="files">The linted files with the diagnostics to report.</param>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<(LintedFile File, IReadOnlyList<Diagnostic> Diagnostics)> files)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(files);
        int errors = 0, warnings = 0, infos = 0, suppressed = 0;
        writer.WriteStartObject();
        writer.WriteStartArray("files");
        foreach (var (file, diagnostics) in files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("verdict", ConfigJsonWriter.VerdictName(file.Result.Verdict));
            if (file.XenRelease is { } release)
            {
                writer.WriteString("xen", release);
            }

            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                ConfigJsonWriter.WriteDiagnostic(writer, d);
                _ = d.Severity switch
                {
                    DiagnosticSeverity.Error => errors++,
                    DiagnosticSeverity.Warning => warnings++,
                    _ => infos++,
                };
            }

            writer.WriteEndArray();
            writer.WriteStartArray("suppressed");
            foreach (var s in file.Result.Suppressed)
            {
                ConfigJsonWriter.WriteDiagnostic(writer, s.Diagnostic, s);
                suppressed++;
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", files.Count);
        writer.WriteNumber("errors", errors);
        writer.WriteNumber("warnings", warnings);
        writer.WriteNumber("infos", infos);
        writer.WriteNumber("suppressed", suppressed);
        var releases = files.Select(f => f.File.XenRelease).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        writer.WriteStartArray("xen");
        releases.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
