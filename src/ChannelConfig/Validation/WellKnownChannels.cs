namespace ChannelConfig.Validation;

/// <summary>Channel names that existing guest agents look for.</summary>
internal static class WellKnownChannels
{
    /// <summary>Each well-known name and the agent that uses it.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["org.qemu.guest_agent.0"] = "the QEMU guest agent (qemu-ga); configure it for a Xen console (/dev/hvcN) rather than virtio-serial",
        ["org.xenproject.guest.clipboard.0.1"] = "the clipboard-sharing example of xen-pv-channel(7)",
        ["com.redhat.spice.0"] = "the SPICE agent (spice-vdagent)",
        ["org.libguestfs.channel.0"] = "the libguestfs appliance daemon (guestfsd)",
    };
}
