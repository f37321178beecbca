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
internal static class LibvirtXenChannelEmitter
{
    /// <summary>The indentation of <c>&lt;channel&gt;</c> inside a domain XML's <c>&lt;devices&gt;</c>.</summary>
    public const int DefaultIndent = 4;

    /// <summary>The most spaces an indent may be (a larger one is an <see cref="ArgumentOutOfRangeException"/>, not a string of that many spaces).</summary>
    public const int MaxIndent = 1024;

    /// <summary>Converts the channels of an analysed configuration.</summary>
    /// <param name="analysis">The analysis; when xl or libxl reject the configuration nothing is converted (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>, 0 to <see cref="MaxIndent"/>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(ChannelAnalysis analysis, int indent = DefaultIndent) =>
        FormatAnalysis(analysis, "xen", indent);

    /// <summary>Writes the elements of <see cref="Format(ChannelAnalysis, int)"/> to <paramref name="output"/> a channel at a time, and each problem to <paramref name="report"/> as it is found.</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="analysis">The analysis; when xl or libxl reject the configuration nothing is converted (with an error).</param>
    /// <param name="report">Receives what was lost, in order.</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>, 0 to <see cref="MaxIndent"/>.</param>
    public static void Write(TextWriter output, ChannelAnalysis analysis, Action<Diagnostic> report, int indent = DefaultIndent) =>
        WriteAnalysis(output, analysis, "xen", indent, report);

    /// <summary>Converts channels (for example <see cref="ChannelAnalysis.Channels"/>), in order.</summary>
    /// <param name="channels">The channels; one without a connection is left out (with an error).</param>
    /// <param name="indent">The number of spaces before each <c>&lt;channel&gt;</c>, 0 to <see cref="MaxIndent"/>.</param>
    /// <returns>The elements and what was lost.</returns>
    public static LibvirtChannelXml Format(IEnumerable<DeviceChannel> channels, int indent = DefaultIndent)
    {
        var diagnostics = new List<Diagnostic>();
        string xml = LibvirtChannelXmlWriter.Write(channels, "xen", indent, diagnostics);
        return new LibvirtChannelXml(xml, diagnostics);
    }

    /// <summary>The conversion of an analysis, returned whole.</summary>
    internal static LibvirtChannelXml FormatAnalysis(ChannelAnalysis analysis, string targetType, int indent)
    {
        var text = new StringWriter();
        var diagnostics = new List<Diagnostic>();
        WriteAnalysis(text, analysis, targetType, indent, diagnostics.Add);
        return new LibvirtChannelXml(text.ToString(), diagnostics);
    }

    /// <summary>The conversion of an analysis, written as it goes: nothing (and an error) when xl or libxl reject it.</summary>
    internal static void WriteAnalysis(TextWriter output, ChannelAnalysis analysis, string targetType, int indent, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(report);
        LibvirtChannelXmlWriter.CheckIndent(indent);
        if (analysis.Verdict != XlVerdict.Accepted)
        {
            var span = analysis.Config.TryGetEffective("channel", out var setting) ? setting.Value.Span : default;
            report(DiagnosticCatalog.LibvirtChannelNotExportedRejectedAt(span, crashes: analysis.Verdict == XlVerdict.Crash));
            return;
        }

        LibvirtChannelXmlWriter.Write(output, analysis.Channels, targetType, indent, report);
    }
}
