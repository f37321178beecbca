using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Validation;

namespace ChannelConfig.Cli.Commands;

/// <summary>The text formats of <c>xlchan dump</c> (one file each), each a call into a library emitter.</summary>
internal static class DumpFormats
{
    /// <summary>The JSON formats, written by the dump command itself.</summary>
    public static readonly string[] Json = ["json", "jsonl"];

    /// <summary>Each text format and how to render it.</summary>
    public static IReadOnlyDictionary<string, Func<LintResult, DumpSettings, DumpOutput>> Text { get; } =
        new Dictionary<string, Func<LintResult, DumpSettings, DumpOutput>>(StringComparer.Ordinal)
        {
            ["xenstore"] = (r, _) => new(XenstoreWriter.ToListing(XenstoreEmitter.Nodes(r.Channels))),
            ["xenstore-json"] = (r, _) => new(XenstoreWriter.ToJson(XenstoreEmitter.Nodes(r.Channels))),
            ["xenstore-script"] = (r, _) => new(XenstoreWriter.ToScript(
                XenstoreEmitter.Nodes(r.Channels),
                $"xenstore nodes libxl writes for the channels of {r.Config.Source.Name} (guest domid {r.Channels.Options.GuestDomid}, Xen {r.Channels.Options.Version}), in libxl's order.")),
            ["libxl-json"] = (r, s) => new(LibxlJsonWriter.ToChannelsMember(r.Channels.Channels, s.JsonStyle) + "\n"),
            ["qemu"] = (r, _) => new(Lines([.. QemuChardevEmitter.Arguments(r.Channels).Select(ShellQuoting.QuoteOnOneLine)])),
            ["libvirt"] = (r, _) => Xml(LibvirtXenChannelEmitter.Format(r.Channels)),
            ["kvm"] = (r, _) => new(ShellCommandLine.Render(KvmQemuChannelEmitter.Arguments(r.Channels)) + "\n"),
            ["kvm-libvirt"] = (r, _) => Xml(KvmLibvirtChannelEmitter.Format(r.Channels)),
            ["udev"] = (r, _) => new(GuestChannelLinkEmitter.Script(r.Channels)),
        };

    /// <summary>All format names, for help and validation.</summary>
    public static string[] All => [.. Json, .. Text.Keys];

    private static string Lines(IReadOnlyList<string> lines) => lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n";

    private static DumpOutput Xml(LibvirtChannelXml xml) => new(xml.Xml, xml.Diagnostics);
}

/// <summary>Settings that shape a text format.</summary>
/// <param name="JsonStyle">yajl or json-c, for <c>libxl-json</c>.</param>
internal sealed record DumpSettings(LibxlJsonStyle JsonStyle);

/// <summary>A rendered format and the problems met while rendering it (printed on standard error).</summary>
/// <param name="Text">The output.</param>
/// <param name="Diagnostics">Warnings and errors about the conversion.</param>
internal sealed record DumpOutput(string Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public DumpOutput(string text)
        : this(text, [])
    {
    }
}
