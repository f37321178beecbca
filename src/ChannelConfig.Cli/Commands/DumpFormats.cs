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
    public static IReadOnlyDictionary<string, Func<LintResult, DumpSettings, string>> Text { get; } =
        new Dictionary<string, Func<LintResult, DumpSettings, string>>(StringComparer.Ordinal)
        {
            ["xenstore"] = (r, _) => XenstoreWriter.ToListing(XenstoreEmitter.Nodes(r.Channels)),
            ["xenstore-json"] = (r, _) => XenstoreWriter.ToJson(XenstoreEmitter.Nodes(r.Channels)),
            ["xenstore-script"] = (r, _) => XenstoreWriter.ToScript(
                XenstoreEmitter.Nodes(r.Channels),
                $"xenstore nodes libxl writes for the channels of {r.Config.Source.Name} (guest domid {r.Channels.Options.GuestDomid}, Xen {r.Channels.Options.Version}), in libxl's order."),
            ["libxl-json"] = (r, s) => LibxlJsonWriter.ToChannelsMember(r.Channels.Channels, s.JsonStyle) + "\n",
            ["qemu"] = (r, _) => string.Join('\n', QemuChardevEmitter.Arguments(r.Channels)) + (r.Channels.LibxlRc == 0 && r.Channels.Consoles.Count > 0 ? "\n" : string.Empty),
        };

    /// <summary>All format names, for help and validation.</summary>
    public static string[] All => [.. Json, .. Text.Keys];
}

/// <summary>Settings that shape a text format.</summary>
/// <param name="JsonStyle">yajl or json-c, for <c>libxl-json</c>.</param>
internal sealed record DumpSettings(LibxlJsonStyle JsonStyle);
