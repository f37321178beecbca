using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>
/// The <c>&lt;channel&gt;</c> elements libvirt writes for a Xen domain with these channels, the way
/// its <c>xenParseXLChannel</c> converter and domain XML formatter produce them:
/// <c>&lt;channel type='pty'&gt;</c> or <c>&lt;channel type='unix'&gt;</c> with
/// <c>&lt;source mode='bind' path='…'/&gt;</c>, and <c>&lt;target type='xen' name='…'/&gt;</c>.
/// </summary>
/// <remarks>
/// Values are read as xl reads them (trimmed, escapes decoded), not with libvirt's looser
/// reading. <c>backend=</c> has no place in libvirt XML: it is left out with a warning
/// (<see cref="DiagnosticCatalog.LibvirtBackendDropped"/>). Stateless and thread-safe.
/// </remarks>
public static class LibvirtXenChannelEmitter
{
    /// <summary>The indentation of <c>&lt;channel&gt;</c> inside a domain XML's <c>&lt;devices&gt;</c>.</summary>
    public const int DefaultIndent = 4;

    /// <summary>Converts the channels of an analysed configuration.</summary>
    /// <param name="analysis">The analysis; when xl or libxl reject the configuration nothing is converted (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(ChannelAnalysis analysis, int indent = DefaultIndent) =>
        FormatAnalysis(analysis, "xen", indent);

    /// <summary>Converts channels (for example <see cref="ChannelAnalysis.Channels"/>), in order.</summary>
    /// <param name="channels">The channels; one without a connection is left out (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(IEnumerable<DeviceChannel> channels, int indent = DefaultIndent)
    {
        var diagnostics = new List<Diagnostic>();
        string xml = LibvirtChannelXmlWriter.Write(channels, "xen", indent, diagnostics);
        return new LibvirtChannelXml(xml, diagnostics);
    }

    /// <summary>Shared by the Xen and KVM emitters: refuses a rejected configuration, converts the others.</summary>
    internal static LibvirtChannelXml FormatAnalysis(ChannelAnalysis analysis, string targetType, int indent)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Verdict != XlVerdict.Accepted)
        {
            var span = analysis.Config.TryGetEffective("channel", out var setting) ? setting.Value.Span : default;
            string what = analysis.Verdict == XlVerdict.Crash ? "xl crashes on this configuration" : "xl or libxl reject this configuration";
            return new LibvirtChannelXml(string.Empty, [new Diagnostic(
                DiagnosticCatalog.LibvirtChannelNotExported, span,
                $"{what}, so no channel is converted: the XML would describe a domain that cannot exist; fix the errors `xlchan lint` reports first")]);
        }

        var diagnostics = new List<Diagnostic>();
        string xml = LibvirtChannelXmlWriter.Write(analysis.Channels, targetType, indent, diagnostics);
        return new LibvirtChannelXml(xml, diagnostics);
    }
}
