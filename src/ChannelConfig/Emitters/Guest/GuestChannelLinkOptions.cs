namespace ChannelConfig.Emitters.Guest;

/// <summary>Where the guest-side helper puts its files and links.</summary>
/// <remarks>
/// Each path must be absolute and made only of <c>A-Z a-z 0-9 . _ + - /</c>: the paths are written
/// unquoted into udev rules, which have no quoting for anything else.
/// </remarks>
internal sealed record GuestChannelLinkOptions
{
    /// <summary>The default options.</summary>
    public static GuestChannelLinkOptions Default { get; } = new();

    /// <summary>Where <c>install</c> copies the script, which udev then runs.</summary>
    public string ScriptPath { get; init; } = "/usr/local/sbin/xen-channel-setup";

    /// <summary>The udev rules file <c>install</c> writes.</summary>
    public string RulesPath { get; init; } = "/etc/udev/rules.d/90-xen-channel.rules";

    /// <summary>The directory of the links (xen-pv-channel(7) uses <c>/dev/xen-channel</c>).</summary>
    public string LinkDirectory { get; init; } = "/dev/xen-channel";
}
