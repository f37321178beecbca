using System.Text;
using System.Text.Json;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Reporting;
using ChannelConfig.Syntax;
using ChannelConfig.Text;
using ChannelConfig.Validation;
using ChannelConfig.Emitters;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Everything one input goes through: the linter (reader, channels, validation), the look-ups,
/// every emitter and every report writer. Any exception escapes to the caller; broken invariants
/// (a span outside the input, JSON that does not parse) throw <see cref="InvariantException"/>.
/// </summary>
/// <remarks>
/// SARIF costs fifty times the rest (it writes every rule's documentation), so the runner asks for
/// it on one input in 32.
/// </remarks>
internal static class FuzzTarget
{
    public static void Run(byte[] input, bool withSarif = true)
    {
        var source = new SourceText("fuzz.cfg", input);
        var result = XlLinter.Lint(source);
        SpanChecks.CheckResult(source, result);
        foreach (var setting in result.Config.Effective)
        {
            _ = result.Config.Lookups.GetString(setting.Name);
            _ = result.Config.Lookups.GetLong(setting.Name);
            _ = result.Config.Lookups.GetList(setting.Name);
        }

        RunEmitters(result);
        RunReports(source, result, withSarif);
    }

    private static void RunEmitters(LintResult result)
    {
        var analysis = result.Channels;
        var nodes = XenstoreEmitter.Nodes(analysis);
        string listing = XenstoreWriter.ToListing(nodes);
        string json = XenstoreWriter.ToJson(nodes);
        string script = XenstoreWriter.ToScript(nodes, "fuzz");
        ParseJson("xenstore json", json);

        // What dump streams (nodes made one console at a time, the script's directories found
        // console by console) is exactly what the whole list gives.
        SameAsStreamed("xenstore listing", listing, output => XenstoreWriter.WriteListing(output, analysis));
        SameAsStreamed("xenstore json", json, output => XenstoreWriter.WriteJson(output, analysis));
        SameAsStreamed("xenstore script", script, output => XenstoreWriter.WriteScript(output, analysis, "fuzz"));
        foreach (var style in new[] { LibxlJsonStyle.Yajl, LibxlJsonStyle.JsonC })
        {
            ParseJson("libxl channels", "{" + LibxlJsonWriter.ToChannelsMember(analysis.Channels, style) + "}");
            foreach (var channel in analysis.ReadChannels)
            {
                ParseJson("libxl channel", LibxlJsonWriter.ToJson(channel, style));
            }
        }

        _ = QemuChardevEmitter.Arguments(analysis);
        _ = LibvirtXenChannelEmitter.Format(analysis);
        _ = KvmLibvirtChannelEmitter.Format(analysis);
        _ = ShellCommandLine.Render(["qemu-system-x86_64", .. KvmQemuChannelEmitter.Arguments(analysis)]);
        _ = GuestChannelLinkEmitter.Plan(analysis);
        _ = GuestChannelLinkEmitter.Script(analysis);
    }

    private static void SameAsStreamed(string what, string whole, Action<TextWriter> write)
    {
        var streamed = new StringWriter();
        write(streamed);
        if (streamed.ToString() != whole)
        {
            throw new InvariantException($"{what} written as it is made differs from the whole text");
        }
    }

    private static void RunReports(SourceText source, LintResult result, bool withSarif)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            text.Append(DiagnosticTextFormatter.Format("fuzz.cfg", source, diagnostic, color: true));
            text.Append(GitHubAnnotationWriter.Format("fuzz.cfg", diagnostic));
        }

        var file = new LintedFile("fuzz.cfg", result);
        ParseJson("lint json", WriteJson(w => DumpJsonWriter.Write(w, result)));
        ParseJson("lint report", WriteJson(w => LintReportJsonWriter.Write(w, [(file, result.Diagnostics)])));
        if (withSarif)
        {
            ParseJson("sarif", WriteJson(w => SarifWriter.Write(w, [file], "0.0.0", "https://example.org/xl-channel.html")));
        }
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void ParseJson(string what, string json)
    {
        try
        {
            // Valid JSON of any depth passes (the dump nests two levels per list; lists nest up to
            // the reader's depth limit, 64, which is deeper than JsonDocument's default).
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1024 });
        }
        catch (JsonException e)
        {
            throw new InvariantException($"{what} is not valid JSON: {e.Message}");
        }
    }
}
