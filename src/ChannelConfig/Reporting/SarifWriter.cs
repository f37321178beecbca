using System.Text.Json;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning services, valid against the official schema: one run, every rule
/// of the catalogue (id, name, short and full description, help text, and a help URI only when an
/// absolute documentation URL is given), and a result per diagnostic with its region and, when the
/// fix is mechanical, a SARIF fix. Findings that inline comments silenced are results too, marked
/// with an in-source suppression and its justification, as code scanning expects. Artifact URIs are
/// relative to the working directory; columns count Unicode code points.
/// </summary>
internal static class SarifWriter
{
    /// <summary>The official schema of SARIF 2.1.0 (OASIS, errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Writes the SARIF log.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="files">The linted files, with paths relative to the working directory where possible.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="docsUri">The absolute URL of the rules' reference page (each rule's anchor is its lower-case code), or null for no links.</param>
    /// <exception cref="ArgumentException"><paramref name="docsUri"/> is not an absolute URI.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<LintedFile> files, string toolVersion, string? docsUri = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(toolVersion);
        if (docsUri is not null && !Uri.IsWellFormedUriString(docsUri, UriKind.Absolute))
        {
            throw new ArgumentException($"not an absolute URI: {docsUri}", nameof(docsUri));
        }

        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var fileList = files.ToList();

        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "xlchan");
        writer.WriteString("version", toolVersion);
        if (docsUri is not null)
        {
            writer.WriteString("informationUri", docsUri);
        }

        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(writer, rule, docsUri);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteString("columnKind", "unicodeCodePoints");
        writer.WriteStartArray("results");
        foreach (var file in fileList)
        {
            string uri = ArtifactUri(file.Path);
            foreach (var d in file.Result.Diagnostics)
            {
                WriteResult(writer, d, uri, ruleIndex[d.Code], suppression: null);
            }

            foreach (var s in file.Result.Suppressed)
            {
                WriteResult(writer, s.Diagnostic, uri, ruleIndex[s.Diagnostic.Code], s);
            }
        }

        writer.WriteEndArray();
        var releases = fileList.Select(f => f.XenRelease).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (releases.Count > 0)
        {
            writer.WriteStartObject("properties");
            writer.WriteStartArray("xenReleases");
            releases.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, DiagnosticDescriptor rule, string? docsUri)
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
        if (docsUri is not null)
        {
            writer.WriteString("helpUri", $"{docsUri}#{rule.DocAnchor}");
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic d, string uri, int ruleIndex, Rules.SuppressedDiagnostic? suppression)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", d.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(d.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", d.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, uri);
        writer.WritePropertyName("region");
        WriteRegion(writer, d.Span, widenEmpty: true);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (d.Fix is { } fix)
        {
            writer.WriteStartArray("fixes");
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", fix.Title);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifact(writer, uri);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("deletedRegion");
                WriteRegion(writer, edit.Span, widenEmpty: false);
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
                JsonText.FlushIfLarge(writer); // a fix can hold an edit for each of a million lines
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (suppression is not null)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "inSource");
            if (suppression.Justification is { } why)
            {
                writer.WriteString("justification", why);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string uri)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
    }

    /// <summary>A text region; a result's empty span is widened to one column (code scanning shows nothing for an empty region), a fix's stays an insertion point.</summary>
    private static void WriteRegion(Utf8JsonWriter writer, SourceSpan span, bool widenEmpty)
    {
        writer.WriteStartObject();
        writer.WriteNumber("startLine", span.Start.Line);
        writer.WriteNumber("startColumn", span.Start.Column);
        writer.WriteNumber("endLine", span.End.Line);
        int endColumn = widenEmpty
            ? Math.Max(span.End.Column, span.End.Line == span.Start.Line ? span.Start.Column + 1 : 1)
            : span.End.Column;
        writer.WriteNumber("endColumn", endColumn);
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
