using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Reporting;

namespace ChannelConfig.Cli.Commands;

/// <summary>Writes one file's output in one format, as it is made, and reports conversion problems as they are found.</summary>
/// <param name="output">Where the output goes.</param>
/// <param name="result">The file's lint result.</param>
/// <param name="settings">Settings that shape the format.</param>
/// <param name="report">Receives each problem met while converting (printed on standard error).</param>
internal delegate void DumpWriter(TextWriter output, LintResult result, DumpSettings settings, Action<Diagnostic> report);

/// <summary>
/// The formats of <c>xlchan dump</c>, each a call into a library writer that writes as it goes:
/// nothing is built whole, so memory stays within a few times the input whatever the output's size
/// (the JSON of a channel is about forty times its item).
/// </summary>
internal static class DumpFormats
{
    /// <summary>Each format and how to write it.</summary>
    public static IReadOnlyDictionary<string, DumpWriter> Writers { get; } =
        new Dictionary<string, DumpWriter>(StringComparer.Ordinal)
        {
            ["json"] = (o, r, _, _) => JsonDocument(o, r, indented: true),
            ["jsonl"] = (o, r, _, _) => JsonDocument(o, r, indented: false),
            ["xenstore"] = (o, r, _, _) => XenstoreWriter.WriteListing(o, r.Channels),
            ["xenstore-json"] = (o, r, _, _) => XenstoreWriter.WriteJson(o, r.Channels),
            ["xenstore-script"] = (o, r, _, _) => XenstoreWriter.WriteScript(
                o,
                r.Channels,
                $"xenstore nodes libxl writes for the channels of {r.Config.Source.Name} (guest domid {r.Channels.Options.GuestDomid}, Xen {r.Channels.Options.Version}), in libxl's order."),
            ["libxl-json"] = (o, r, s, _) =>
            {
                var channels = s.LibxlView == LibxlView.ListL ? r.Channels.Channels : r.Channels.XlChannels;
                LibxlJsonWriter.WriteDomainConfig(o, channels, s.JsonStyle);
                if (s.JsonStyle == LibxlJsonStyle.JsonC)
                {
                    // json-c ends the document without a newline: one separates it from the next file's.
                    o.Write('\n');
                }
            },
            ["qemu"] = (o, r, s, _) => Arguments(o, QemuChardevEmitter.EnumerateArguments(r.Channels), s.QemuLayout),
            ["libvirt"] = (o, r, _, report) => LibvirtXenChannelEmitter.Write(o, r.Channels, report),
            ["kvm"] = (o, r, s, report) =>
            {
                if (KvmQemuChannelEmitter.CheckChannelCount(r.Channels) is { } tooMany)
                {
                    report(tooMany);
                    return;
                }

                Arguments(o, KvmQemuChannelEmitter.EnumerateArguments(r.Channels), s.QemuLayout);
            },
            ["kvm-libvirt"] = (o, r, _, report) => KvmLibvirtChannelEmitter.Write(o, r.Channels, report),
            ["udev"] = (o, r, _, _) => GuestChannelLinkEmitter.Write(o, r.Channels),
        };

    /// <summary>All format names, for help and validation (the JSON formats first).</summary>
    public static string[] All => [.. Writers.Keys];

    private static void JsonDocument(TextWriter output, LintResult result, bool indented)
    {
        DumpJsonWriter.WriteDocument(output, result, indented);
        output.Write('\n');
    }

    /// <summary>QEMU arguments in the chosen layout; nothing when there is none.</summary>
    private static void Arguments(TextWriter output, IEnumerable<string> arguments, QemuLayout layout)
    {
        if (layout == QemuLayout.Lines)
        {
            ShellCommandLine.WriteOptionLines(output, arguments);
            return;
        }

        using var words = arguments.GetEnumerator();
        if (words.MoveNext())
        {
            ShellCommandLine.Write(output, Rest(words));
            output.Write('\n');
        }

        static IEnumerable<string> Rest(IEnumerator<string> words)
        {
            do
            {
                yield return words.Current;
            }
            while (words.MoveNext());
        }
    }

    /// <summary>The formats that take several files: each file's output is one JSON document or object of its own.</summary>
    public static bool TakesSeveralFiles(string format) => format is "jsonl" or "libxl-json";
}

/// <summary>Settings that shape a text format.</summary>
/// <param name="JsonStyle">yajl or json-c, for <c>libxl-json</c>.</param>
/// <param name="LibxlView">Which xl command's view <c>libxl-json</c> prints.</param>
/// <param name="QemuLayout">How <c>qemu</c> and <c>kvm</c> lay out the arguments.</param>
internal sealed record DumpSettings(LibxlJsonStyle JsonStyle, LibxlView LibxlView = LibxlView.CreateN, QemuLayout QemuLayout = QemuLayout.Lines);
