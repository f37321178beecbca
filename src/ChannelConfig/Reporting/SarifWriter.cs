using System.Text.Json;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run, every rule of the catalogue (id, name, short
/// and full description, help text and help URI), and a result per diagnostic with its region.
/// Artifact URIs are relative to the working directory; columns count Unicode code points.
/// </summary>
public static class SarifWriter
{
    /// <summary>Writes the SARIF log.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="files">The linted files, with paths relative to the working directory where possible.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="docsUri">The reference page, for each rule's help URI (its anchor is the lower-case code).</param>
    public static void Write(Utf8JsonWriter writer, IEnumerable<LintedFile> files, string toolVersion, string docsUri)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(files);
        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "xlchan");
        writer.WriteString("version", toolVersion);
        writer.WriteString("informationUri", docsUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Description);
            writer.WriteEndObject();
            writer.WriteStartObject("help");
            writer.WriteString("text", $"{rule.Description} What xl does: {rule.XlBehaviour} Fix: {rule.Fix}");
            writer.WriteString("markdown", $"{rule.Description}\n\n**What xl does:** {rule.XlBehaviour}\n\n**Example:** `{rule.Example}`\n\n**Fix:** {rule.Fix}");
            writer.WriteEndObject();
            writer.WriteString("helpUri", $"{docsUri}#{rule.DocAnchor}");
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteString("columnKind", "unicodeCodePoints");
        writer.WriteStartArray("results");
        foreach (var file in files)
        {
            foreach (var d in file.Result.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Code);
                writer.WriteNumber("ruleIndex", ruleIndex[d.Code]);
                writer.WriteString("level", Level(d.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", d.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", ArtifactUri(file.Path));
                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", d.Span.Start.Line);
                writer.WriteNumber("startColumn", d.Span.Start.Column);
                writer.WriteNumber("endLine", d.Span.End.Line);
                writer.WriteNumber("endColumn", Math.Max(d.Span.End.Column, d.Span.End.Line == d.Span.Start.Line ? d.Span.Start.Column + 1 : 1));
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative path as a URI reference: forward slashes, each segment percent-encoded.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The URI.</returns>
    public static string ArtifactUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
