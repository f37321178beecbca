using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Reporting;

/// <summary>
/// Writes the <c>xlchan dump</c> object for a linted file: the reader's part
/// (<see cref="ConfigJsonWriter"/>) with every diagnostic, then <c>channels</c> (as libxl holds
/// them after its set-up), <c>xl</c> (xl's verdict over the whole run and what it prints), and
/// what libxl makes of the channels: <c>xenstore</c> nodes, <c>libxlJson</c> (yajl text per
/// channel) and <c>qemu</c> arguments.
/// </summary>
internal static class DumpJsonWriter
{
    /// <summary>
    /// Writes the document of <see cref="Write(Utf8JsonWriter, LintResult, Action{Utf8JsonWriter}?)"/>
    /// (what <c>xlchan dump -f json</c> and <c>jsonl</c> print, without the final newline) to
    /// <paramref name="output"/> as it is made, 64 KB at a time.
    /// </summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="result">The lint result.</param>
    /// <param name="indented">Pretty-printed (json) or one line (jsonl).</param>
    public static void WriteDocument(TextWriter output, LintResult result, bool indented)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        JsonText.Write(output, indented, writer => Write(writer, result));
    }

    /// <summary>Writes the object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The lint result.</param>
    /// <param name="extra">Writes further properties (the emitters add theirs) before the object is closed.</param>
    public static void Write(Utf8JsonWriter writer, LintResult result, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ConfigJsonWriter.Write(writer, result.Config, result.Diagnostics, w =>
        {
            WriteChannels(w, result.Channels);
            w.WriteStartObject("xl");
            w.WriteString("verdict", ConfigJsonWriter.VerdictName(result.Channels.Verdict));
            w.WriteString("version", result.Channels.Options.Version.ToString());
            if (result.Channels.XlExitCode is int exit)
            {
                w.WriteNumber("exit", exit);
            }
            else
            {
                w.WriteNull("exit");
            }

            if (result.Channels.XlSignal is null)
            {
                w.WriteNull("signal");
            }
            else
            {
                w.WriteString("signal", result.Channels.XlSignal);
            }

            w.WritePropertyName("stderr");
            JsonText.WriteLongStringValue(w, result.Channels.XlOutput, result.Channels.LibxlLog);
            w.WriteNumber("libxlRc", result.Channels.LibxlRc);
            w.WriteEndObject();

            w.WritePropertyName("xenstore");
            XenstoreWriter.WriteArray(w, XenstoreEmitter.StreamNodes(result.Channels), withExplicit: false);
            w.WriteStartArray("libxlJson");
            foreach (var channel in result.Channels.Channels)
            {
                w.WriteStringValue(LibxlJsonWriter.ToJson(channel, LibxlJsonStyle.Yajl));
                JsonText.FlushIfLarge(w);
            }

            w.WriteEndArray();
            w.WriteStartArray("qemu");
            foreach (string arg in QemuChardevEmitter.EnumerateArguments(result.Channels))
            {
                w.WriteStringValue(arg);
                JsonText.FlushIfLarge(w);
            }

            w.WriteEndArray();
            extra?.Invoke(w);
        });
    }

    /// <summary>Writes <c>"channels": [ … ]</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="analysis">The channel analysis.</param>
    public static void WriteChannels(Utf8JsonWriter writer, ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteStartArray("channels");
        foreach (var channel in analysis.Channels)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", channel.Index);
            writer.WriteNumber("devid", channel.Devid);
            WriteNullable(writer, "name", channel.Name);
            writer.WriteString("connection", ChannelConnectionName.Of(channel.Connection));
            WriteNullable(writer, "path", channel.Path);
            writer.WriteNumber("backendDomid", channel.BackendDomid);
            WriteNullable(writer, "backendDomname", channel.BackendDomname);
            writer.WriteNumber("line", channel.Span.Start.Line);
            writer.WriteNumber("column", channel.Span.Start.Column);
            writer.WriteEndObject();
            JsonText.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
