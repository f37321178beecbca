using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;

namespace ChannelConfig.Emitters;

/// <summary>
/// What the real programs are given for an analysed configuration's channels: the xenstore nodes
/// libxl writes, libxl's JSON, the <c>-chardev</c> arguments libxl gives QEMU, libvirt's
/// <c>&lt;channel&gt;</c> elements, the same channels for a KVM guest, and a guest's udev rules.
/// The xenstore, libxl, QEMU and libvirt outputs are checked against the real programs
/// (docs/xl-channel.md, section 12); the udev script is run by a POSIX shell in the tests.
/// </summary>
/// <remarks>
/// Every method writes nothing (or returns an empty list) when xl or libxl reject the
/// configuration (<see cref="ChannelAnalysis.Verdict"/>). The writers write as they go, so memory
/// does not grow with the output. Stateless and thread-safe.
/// </remarks>
public static class ChannelEmitter
{
    /// <summary>The xenstore nodes libxl writes for every console it adds for the channels, in its write order.</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The nodes, with values and permissions as libxl writes them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IReadOnlyList<XenstoreNode> XenstoreNodes(ChannelAnalysis analysis) => XenstoreEmitter.Nodes(analysis);

    /// <summary>Writes the nodes as <c>xenstore-ls -f -p</c> lists them.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteXenstoreListing(TextWriter output, ChannelAnalysis analysis) => XenstoreWriter.WriteListing(output, analysis);

    /// <summary>Writes the nodes as an indented JSON array of <c>{ "path", "value", "perms", "explicit" }</c> objects.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteXenstoreJson(TextWriter output, ChannelAnalysis analysis) => XenstoreWriter.WriteJson(output, analysis);

    /// <summary>
    /// Writes a POSIX shell script that makes the nodes with <c>xenstore-rm</c>,
    /// <c>xenstore-write</c> and <c>xenstore-chmod</c> (every value quoted for the shell and
    /// escaped for <c>xenstore-write</c>).
    /// </summary>
    /// <param name="output">Where the script goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="title">A comment line describing the script (control characters are escaped).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteXenstoreScript(TextWriter output, ChannelAnalysis analysis, string title) => XenstoreWriter.WriteScript(output, analysis, title);

    /// <summary>
    /// Writes libxl's JSON for the channels as one <c>libxl_domain_config</c> document with a
    /// <c>"channels"</c> member (none when there are no channels), as <c>xl -N create</c> prints it.
    /// </summary>
    /// <param name="output">Where the JSON goes.</param>
    /// <param name="channels"><see cref="ChannelAnalysis.XlChannels"/> for what <c>xl -N create</c> prints (no backend domid), <see cref="ChannelAnalysis.Channels"/> for what <c>xl list -l</c> prints.</param>
    /// <param name="style">The JSON library libxl was built with (yajl by default); json-c ends without a newline.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteLibxlJson(TextWriter output, IReadOnlyList<DeviceChannel> channels, LibxlJsonStyle style = LibxlJsonStyle.Yajl) =>
        LibxlJsonWriter.WriteDomainConfig(output, channels, style);

    /// <summary>The <c>-chardev</c> arguments libxl gives Xen's QEMU device model for the channels' consoles.</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The argv elements, two a console (<c>-chardev</c> and its value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IReadOnlyList<string> QemuArguments(ChannelAnalysis analysis) => QemuChardevEmitter.Arguments(analysis);

    /// <summary>
    /// QEMU arguments that give a KVM guest the same named channels: a virtio-serial controller for
    /// every 30 channels, and per channel a <c>-chardev</c> and a named <c>virtserialport</c>.
    /// </summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The argv elements, without the QEMU program.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentException">More channels than QEMU's <c>pc</c> machine has room for (840); the diagnostic XLC0217 says so in a lint.</exception>
    public static IReadOnlyList<string> KvmArguments(ChannelAnalysis analysis) => KvmQemuChannelEmitter.Arguments(analysis);

    /// <summary>Writes libvirt's <c>&lt;channel&gt;</c> elements for a Xen guest (libvirt's libxl driver).</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="report">Receives each channel libvirt cannot express (it is left out).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteLibvirtXml(TextWriter output, ChannelAnalysis analysis, Action<Diagnostic> report) =>
        LibvirtXenChannelEmitter.Write(output, analysis, report);

    /// <summary>Writes libvirt's <c>&lt;channel&gt;</c> elements that give a KVM guest the same channels (virtio).</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="report">Receives each channel libvirt cannot express (it is left out).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteKvmLibvirtXml(TextWriter output, ChannelAnalysis analysis, Action<Diagnostic> report) =>
        KvmLibvirtChannelEmitter.Write(output, analysis, report);

    /// <summary>
    /// Writes a shell script for the guest that installs udev rules linking each named channel's
    /// <c>/dev/hvcN</c> to <c>/dev/xen-channel/NAME</c>.
    /// </summary>
    /// <param name="output">Where the script goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteGuestUdevScript(TextWriter output, ChannelAnalysis analysis) => GuestChannelLinkEmitter.Write(output, analysis);
}
