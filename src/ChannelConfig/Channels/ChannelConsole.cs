using System.Globalization;

namespace ChannelConfig.Channels;

/// <summary>The PV console libxl makes for a channel (<c>libxl__init_console_from_channel</c>).</summary>
/// <param name="Channel">The channel after libxl's set-up.</param>
/// <param name="ConsoleDevid">The console number: the xenstore node <c>device/console/N</c>.</param>
/// <param name="Added">False when libxl rejected the console (console 0, Xen 4.11–4.20.0): it never reaches xenstore.</param>
internal sealed record ChannelConsole(DeviceChannel Channel, int ConsoleDevid, bool Added)
{
    /// <summary>The channel after libxl's set-up.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DeviceChannel Channel
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Channel));
    } = Channel ?? throw new ArgumentNullException(nameof(Channel));

    /// <summary>QEMU's character device id, <c>libxl-channelN</c> (N the channel's devid).</summary>
    public string ChardevId => "libxl-channel" + Channel.Devid.ToString(CultureInfo.InvariantCulture);
}
