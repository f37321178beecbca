using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>
/// Writes <c>&lt;channel&gt;</c> elements the way libvirt's <c>virDomainChrDefFormat</c> does for an
/// inactive domain (two spaces per level, single-quoted attributes), for any target type.
/// </summary>
internal static class LibvirtChannelXmlWriter
{
    /// <summary>Writes one element per channel that has a connection.</summary>
    /// <param name="channels">The channels, in order.</param>
    /// <param name="targetType">The target type: <c>xen</c> or <c>virtio</c>.</param>
    /// <param name="indent">The number of spaces before <c>&lt;channel&gt;</c>.</param>
    /// <param name="diagnostics">Where to report what is lost.</param>
    /// <returns>The elements.</returns>
    public static string Write(IEnumerable<DeviceChannel> channels, string targetType, int indent, List<Diagnostic> diagnostics)
    {
        var text = new StringWriter();
        Write(text, channels, targetType, indent, diagnostics.Add);
        return text.ToString();
    }

    /// <summary>Writes the <c>&lt;channel&gt;</c> elements to <paramref name="output"/> a channel at a time, and each problem to <paramref name="report"/> as it is found.</summary>
    public static void Write(TextWriter output, IEnumerable<DeviceChannel> channels, string targetType, int indent, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(report);
        CheckIndent(indent);
        string outer = new(' ', indent);
        string inner = new(' ', indent + 2);
        var xml = new StringBuilder();
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            string? type = channel.Connection switch
            {
                ChannelConnection.Pty => "pty",
                ChannelConnection.Socket => "unix",
                _ => null,
            };
            if (type is null)
            {
                report(DiagnosticCatalog.LibvirtChannelNotExportedAt(channel.Span, channel.Index + 1));
                continue;
            }

            ReportBackend(channel, targetType, report);
            xml.Append(outer).Append("<channel type='").Append(type).Append("'>\n");
            if (channel.Connection == ChannelConnection.Socket && channel.Path is not null)
            {
                xml.Append(inner).Append("<source mode='bind' path='")
                    .Append(Attribute(channel.Path, "socket path", channel, channel.PathField?.ValueSpan, report))
                    .Append("'/>\n");
            }

            xml.Append(inner).Append("<target type='").Append(targetType).Append('\'');
            if (channel.Name is null)
            {
                report(DiagnosticCatalog.LibvirtChannelWithoutNameExportedAt(channel.Span, channel.Index + 1));
            }
            else
            {
                xml.Append(" name='").Append(Attribute(channel.Name, "name", channel, channel.NameField?.ValueSpan, report)).Append('\'');
            }

            xml.Append("/>\n").Append(outer).Append("</channel>\n");
            output.Write(xml);
            xml.Clear();
        }
    }

    /// <summary>Fails unless <paramref name="indent"/> is from 0 to <see cref="LibvirtXenChannelEmitter.MaxIndent"/>.</summary>
    public static void CheckIndent(int indent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(indent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(indent, LibvirtXenChannelEmitter.MaxIndent);
    }

    private static string Attribute(string value, string what, DeviceChannel channel, Text.SourceSpan? span, Action<Diagnostic> report)
    {
        string escaped = LibvirtXmlText.EscapeAttribute(value, out string dropped);
        if (dropped.Length > 0)
        {
            report(DiagnosticCatalog.LibvirtControlCharacterInXmlAt(span ?? channel.Span, what, PrintableText.Of(value), PrintableText.Describe(dropped[0])));
        }

        return escaped;
    }

    private static void ReportBackend(DeviceChannel channel, string targetType, Action<Diagnostic> report)
    {
        string? backend = channel.BackendDomname?.Trim();
        bool toolstack = channel.BackendDomid == 0 && (backend is null or "" or "0" or "Domain-0");
        if (toolstack)
        {
            return;
        }

        report(DiagnosticCatalog.LibvirtBackendDroppedAt(
            channel.BackendField?.Span ?? channel.Span,
            xen: targetType == "xen",
            backend is { Length: > 0 } ? PrintableText.Of(backend) : null,
            channel.BackendDomid,
            channel.Index + 1));
    }
}
