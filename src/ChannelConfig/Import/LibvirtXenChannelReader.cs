using System.Xml.Linq;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Import;

/// <summary>
/// Turns one <c>&lt;channel&gt;</c> element into an xl channel spec, as libvirt's
/// <c>xenFormatXLChannel</c> does, reporting what it passes over in silence.
/// </summary>
internal sealed class LibvirtXenChannelReader(XmlSourceMap map, LibvirtImportOptions options, string domainName, List<Diagnostic> diagnostics)
{
    /// <summary>Reads a channel; false when it is not converted (the reason is reported).</summary>
    public bool TryRead(XElement channel, out string spec)
    {
        spec = string.Empty;
        var target = channel.Element("target");
        string? targetType = (string?)target?.Attribute("type");
        if (targetType != "xen")
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtNonXenChannelAt(map.Of(target ?? channel), targetType is null ? null : PrintableText.Of(targetType)));
            return false;
        }

        // libvirt's default character device type is pty.
        string sourceType = (string?)channel.Attribute("type") ?? "pty";
        if (sourceType is not ("pty" or "unix"))
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtUnsupportedChannelSourceAt(map.Of(channel), PrintableText.Of(sourceType)));
            return false;
        }

        var nameAttribute = target!.Attribute("name");
        string? name = nameAttribute is { Value.Length: > 0 } ? nameAttribute.Value : null;
        var nameSpan = nameAttribute is null ? map.Of(target) : map.Of(nameAttribute);
        if (name is null)
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtChannelWithoutNameAt(nameSpan));
        }
        else
        {
            XlChannelValueChecks.Check(name, "name", nameSpan, diagnostics);
        }

        string connection = sourceType == "pty" ? "connection=pty" : "connection=socket";
        string? path = sourceType == "unix" ? SocketPath(channel, name) : null;
        spec = connection + (path is null ? string.Empty : ",path=" + path) + (name is null ? string.Empty : ",name=" + name);
        return true;
    }

    private string? SocketPath(XElement channel, string? name)
    {
        var source = channel.Element("source");
        var pathAttribute = source?.Attribute("path");
        if ((string?)source?.Attribute("mode") == "connect")
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtConnectModeSocketAt(map.Of(source!.Attribute("mode")!)));
        }

        if (pathAttribute is { Value.Length: > 0 })
        {
            XlChannelValueChecks.Check(pathAttribute.Value, "socket path", map.Of(pathAttribute), diagnostics);
            return pathAttribute.Value;
        }

        string libvirtPath = $"{(options.ChannelDirectory ?? "/var/lib/libvirt/libxl/channel/target").TrimEnd('/')}/{domainName}-{name ?? "unknown.sock"}";
        var where = pathAttribute is not null ? map.Of(pathAttribute) : map.Of(source ?? channel);
        if (options.ChannelDirectory is null)
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtSocketWithoutPathAt(where, PrintableText.Of(libvirtPath)));
            return null;
        }

        diagnostics.Add(DiagnosticCatalog.LibvirtSocketPathFilledInAt(where, PrintableText.Of(libvirtPath)));
        XlChannelValueChecks.Check(libvirtPath, "socket path", where, diagnostics);
        return libvirtPath;
    }
}
