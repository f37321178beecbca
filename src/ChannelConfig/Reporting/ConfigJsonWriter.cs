using System.Text.Json;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>
/// Writes a read configuration as the JSON object of <c>xlchan dump</c>: the source, xl's syntax
/// verdict, every setting with its position, the effective values and the diagnostics.
/// </summary>
internal static class ConfigJsonWriter
{
    /// <summary>Writes the object for one file.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="diagnostics">The diagnostics to list, or null for the reader's own.</param>
    /// <param name="extra">Writes further properties (later stages add theirs) before the object is closed.</param>
    public static void Write(Utf8JsonWriter writer, XlConfig config, IEnumerable<Diagnostic>? diagnostics = null, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(config);
        writer.WriteStartObject();
        writer.WriteString("source", config.Source.Name);
        writer.WriteString("syntax", VerdictName(config.Verdict));

        writer.WriteStartArray("settings");
        // Made anew and let go one at a time: a dump of a million settings keeps none of them.
        foreach (var setting in config.SettingsMadeAnew)
        {
            writer.WriteStartObject();
            writer.WriteString("name", setting.Name);
            writer.WriteString("op", setting.Operator == AssignmentOperator.Append ? "+=" : "=");
            writer.WriteNumber("line", setting.NameSpan.Start.Line);
            writer.WriteNumber("column", setting.NameSpan.Start.Column);
            writer.WritePropertyName("value");
            WriteValue(writer, setting.Value);
            writer.WriteEndObject();
            JsonText.FlushIfLarge(writer);
        }

        writer.WriteEndArray();

        writer.WriteStartObject("effective");
        foreach (var (name, value) in config.EffectiveMadeAnew)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
            JsonText.FlushIfLarge(writer);
        }

        writer.WriteEndObject();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics ?? config.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
            JsonText.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes a diagnostic as <c>{ code, severity, line, column, endLine, endColumn, message, xl, fix }</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic) => WriteDiagnostic(writer, diagnostic, null);

    /// <summary>Writes a diagnostic; a suppressed one also gets <c>"suppression": { "scope", "line", "justification" }</c>.</summary>
    internal static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic, Rules.SuppressedDiagnostic? suppressed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Diagnostic.SeverityName(diagnostic.Severity));
        WritePosition(writer, diagnostic.Span);
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.XlMessage is null)
        {
            writer.WriteNull("xl");
        }
        else
        {
            writer.WriteString("xl", diagnostic.XlMessage);
        }

        WriteFix(writer, diagnostic);
        if (suppressed is not null)
        {
            var s = suppressed.Suppression;
            writer.WriteStartObject("suppression");
            writer.WriteString("scope", s.Scope switch
            {
                Rules.SuppressionScope.File => "file",
                Rules.SuppressionScope.NextLine => "next-line",
                _ => "line",
            });
            writer.WriteNumber("line", s.Span.Start.Line);
            if (s.Justification is null)
            {
                writer.WriteNull("justification");
            }
            else
            {
                writer.WriteString("justification", s.Justification);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"fix": { "text", "edits"? }</c>: the fix a person reads, and, when the fix is
    /// mechanical, the edits that make it (<c>{ line, column, endLine, endColumn, offset, length, newText }</c>,
    /// byte offsets into the file, as <c>xlchan fix</c> applies them).
    /// </summary>
    private static void WriteFix(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject("fix");
        if (diagnostic.Fix is not { } fix)
        {
            writer.WriteString("text", diagnostic.Descriptor.Fix);
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("text", fix.Title);
        writer.WriteStartArray("edits");
        foreach (var edit in fix.Edits)
        {
            writer.WriteStartObject();
            WritePosition(writer, edit.Span);
            writer.WriteNumber("offset", edit.Span.Start.Offset);
            writer.WriteNumber("length", edit.Span.Length);
            writer.WriteString("newText", edit.NewText);
            writer.WriteEndObject();
            JsonText.FlushIfLarge(writer); // a fix can hold an edit for each of a million lines
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a value: <c>{ type: "string", string, number, line, column }</c> or <c>{ type: "list", items, line, column }</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, XlValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value is XlString s)
        {
            writer.WriteString("type", "string");
            writer.WriteString("string", s.Value);
            if (!s.IsValidUtf8)
            {
                writer.WriteString("stringHex", Convert.ToHexStringLower(s.Bytes.Span));
            }

            writer.WriteBoolean("number", s.IsNumber);
        }
        else if (value is XlList list)
        {
            writer.WriteString("type", "list");
            writer.WriteStartArray("items");
            foreach (var item in list.Items)
            {
                WriteValue(writer, item);
                JsonText.FlushIfLarge(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("line", value.Span.Start.Line);
        writer.WriteNumber("column", value.Span.Start.Column);
        writer.WriteNumber("xlLine", value.XlLine);
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a verdict: <c>accepted</c>, <c>rejected</c> or <c>crash</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Its name.</returns>
    public static string VerdictName(XlVerdict verdict) => verdict switch
    {
        XlVerdict.Accepted => "accepted",
        XlVerdict.Rejected => "rejected",
        _ => "crash",
    };

    private static void WritePosition(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteNumber("line", span.Start.Line);
        writer.WriteNumber("column", span.Start.Column);
        writer.WriteNumber("endLine", span.End.Line);
        writer.WriteNumber("endColumn", span.End.Column);
    }
}
