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
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtNonXenChannel, map.Of(target ?? channel),
                targetType is null
                    ? "this channel has no <target type='…'>: only Xen channels exist in xl.cfg, so it is left out"
                    : $"this channel's target is `{PrintableText.Of(targetType)}`, not `xen`: xl.cfg has no such channel, so it is left out (libvirt leaves it out silently)"));
            return false;
        }

        // libvirt's default character device type is pty.
        string sourceType = (string?)channel.Attribute("type") ?? "pty";
        if (sourceType is not ("pty" or "unix"))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtUnsupportedChannelSource, map.Of(channel),
                $"a `{PrintableText.Of(sourceType)}` channel cannot be a Xen channel (only pty and unix can), so it is left out; libvirt's converter fails here without a message"));
            return false;
        }

        var nameAttribute = target!.Attribute("name");
        string? name = nameAttribute is { Value.Length: > 0 } ? nameAttribute.Value : null;
        var nameSpan = nameAttribute is null ? map.Of(target) : map.Of(nameAttribute);
        if (name is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtChannelWithoutName, nameSpan,
                "this Xen channel has no name: the spec is written without `name=`, and libxl refuses it (`channel N has no name`); add name='…' to the <target>"));
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
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtConnectModeSocket, map.Of(source!.Attribute("mode")!),
                "xl's socket channels always listen: QEMU will create this socket (removing any file at the path) instead of connecting to it; make the host side connect, and write mode='bind'"));
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
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtSocketWithoutPath, where,
                $"this unix channel has no socket path: libvirt invents one when it starts the domain ({PrintableText.Of(libvirtPath)} by default), but xl has no default and rejects `connection=socket` without `path=`; add <source mode='bind' path='…'/>, or give a channel directory to fill it in"));
            return null;
        }

        diagnostics.Add(new Diagnostic(
            DiagnosticCatalog.LibvirtSocketPathFilledIn, where,
            $"this unix channel has no socket path: using `{PrintableText.Of(libvirtPath)}`, the path libvirt gives it when it starts the domain"));
        XlChannelValueChecks.Check(libvirtPath, "socket path", where, diagnostics);
        return libvirtPath;
    }
}
