namespace ChannelConfig.Import;

/// <summary>How to convert a libvirt domain XML's channels to an xl <c>channel</c> line.</summary>
internal sealed record LibvirtImportOptions
{
    /// <summary>The default options: no channel directory.</summary>
    public static LibvirtImportOptions Default { get; } = new();

    /// <summary>
    /// The directory libvirt's libxl driver puts channel sockets in when the XML gives none
    /// (<c>channel_dir</c>; by default <c>/var/lib/libvirt/libxl/channel/target</c>). When set, a
    /// unix channel without a path gets <c>DIR/DOMAIN-NAME</c>, as libvirt gives it at start;
    /// when null, such a channel is an error.
    /// </summary>
    public string? ChannelDirectory { get; init; }
}
