using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Libvirt;

namespace ChannelConfig.Emitters.Kvm;

/// <summary>
/// The libvirt <c>&lt;channel&gt;</c> elements that give a KVM guest the same named channels:
/// <c>&lt;channel type='unix'&gt;</c> with <c>&lt;source mode='bind' path='…'/&gt;</c>, or
/// <c>&lt;channel type='pty'&gt;</c>, each with <c>&lt;target type='virtio' name='…'/&gt;</c>.
/// libvirt adds the virtio-serial controller and the port addresses itself when the domain is
/// defined.
/// </summary>
/// <remarks>
/// Formatting and escaping are those of <see cref="LibvirtXenChannelEmitter"/>, and so are the
/// diagnostics (<c>backend=</c> is left out with a warning). Stateless and thread-safe.
/// </remarks>
internal static class KvmLibvirtChannelEmitter
{
    /// <summary>Converts the channels of an analysed configuration.</summary>
    /// <param name="analysis">The analysis; when xl or libxl reject the configuration nothing is converted (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(ChannelAnalysis analysis, int indent = LibvirtXenChannelEmitter.DefaultIndent) =>
        LibvirtXenChannelEmitter.FormatAnalysis(analysis, "virtio", indent);

    /// <summary>Writes the elements of <see cref="Format(ChannelAnalysis, int)"/> to <paramref name="output"/> a channel at a time, and each problem to <paramref name="report"/> as it is found.</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="analysis">The analysis; when xl or libxl reject the configuration nothing is converted (with an error).</param>
    /// <param name="report">Receives what was lost, in order.</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>, 0 to <see cref="LibvirtXenChannelEmitter.MaxIndent"/>.</param>
    public static void Write(TextWriter output, ChannelAnalysis analysis, Action<Diagnostic> report, int indent = LibvirtXenChannelEmitter.DefaultIndent) =>
        LibvirtXenChannelEmitter.WriteAnalysis(output, analysis, "virtio", indent, report);

    /// <summary>Converts channels, in order.</summary>
    /// <param name="channels">The channels; one without a connection is left out (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(IEnumerable<DeviceChannel> channels, int indent = LibvirtXenChannelEmitter.DefaultIndent)
    {
        var diagnostics = new List<Diagnostic>();
        string xml = LibvirtChannelXmlWriter.Write(channels, "virtio", indent, diagnostics);
        return new LibvirtChannelXml(xml, diagnostics);
    }
}
