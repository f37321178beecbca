using System.Text;

namespace ChannelConfig.Channels;

/// <summary>What libxl's set-up of the channels did.</summary>
/// <param name="Count">How many channels libxl holds: the first ones of the array it was given, with devids and backend ids as it left them.</param>
/// <param name="ConsoleCount">How many consoles libxl made, one for each channel before the one it failed on (<see cref="LibxlChannelSetup.ConsoleOf"/> makes them).</param>
/// <param name="Rc">0, or libxl's error code (<c>ERROR_INVAL</c> = -6) when domain creation fails.</param>
/// <param name="Log">What libxl logged.</param>
/// <param name="FailedIndex">The channel libxl failed on, or -1.</param>
internal sealed record LibxlSetupResult(int Count, int ConsoleCount, int Rc, string Log, int FailedIndex);

/// <summary>
/// libxl's set-up of the channels at domain creation (<c>domcreate_launch_dm</c> and
/// <c>libxl__init_console_from_channel</c>): devids, the name check, backend resolution, and
/// <c>libxl__device_console_add</c>'s refusal of console 0.
/// </summary>
internal static class LibxlChannelSetup
{
    /// <summary><c>ERROR_INVAL</c>.</summary>
    public const int ErrorInval = -6;

    /// <summary>
    /// Sets up the first <paramref name="count"/> channels of <paramref name="channels"/>, replacing
    /// each in the array with the channel as libxl leaves it (the channels xl read are let go one
    /// by one, so a million channels are not held twice).
    /// </summary>
    public static LibxlSetupResult Run(DeviceChannel[] channels, int count, ChannelOptions options)
    {
        var version = options.Version;
        var (nameLine, primaryLine) = version >= new XenVersion(4, 18, 0) ? (444, 285) : (408, 271);
        var log = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            var channel = channels[i];
            if (channel.Devid == -1)
            {
                channel = channel with { Devid = i + 1 };
            }

            channels[i] = channel;
            if (!channel.HasName)
            {
                log.Append($"libxl: error: libxl_console.c:{nameLine}:libxl__init_console_from_channel: channel {channel.Devid} has no name\n");
                return new(count, i, ErrorInval, log.ToString(), i);
            }

            if (channel.BackendDomname is { } backend)
            {
                if (!options.Domains.TryResolve(backend, out uint domid))
                {
                    return new(count, i, ErrorInval, log.ToString(), i);
                }

                channel = channel with { BackendDomid = domid };
                channels[i] = channel;
            }

            if (!ConsoleOf(channel, i, version).Added)
            {
                log.Append($"libxl: error: libxl_console.c:{primaryLine}:libxl__device_console_add: Domain {options.GuestDomid}:Primary console has invalid configuration\n");
            }
        }

        return new(count, count, 0, log.ToString(), -1);
    }

    /// <summary>The console libxl makes for the channel at <paramref name="index"/>, once set up.</summary>
    /// <remarks>
    /// 4.5–4.10: the console is index + 1 whatever the channel's devid; later, the channel's
    /// devid. Console 0 is the primary console, which <c>libxl__device_console_add</c> refuses.
    /// </remarks>
    public static ChannelConsole ConsoleOf(DeviceChannel channel, int index, XenVersion version)
    {
        int consoleDevid = version < new XenVersion(4, 11, 0) ? index + 1 : channel.Devid;
        return new ChannelConsole(channel, consoleDevid, consoleDevid != 0);
    }
}
