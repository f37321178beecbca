using ChannelConfig.Channels;

namespace ChannelConfig.Emitters.Qemu;

/// <summary>
/// The <c>-chardev</c> arguments libxl gives the device model for the channels
/// (<c>libxl__build_device_model_args_new</c>): one per channel, in order, with the path
/// inserted verbatim, exactly as libxl does (it escapes nothing).
/// </summary>
internal static class QemuChardevEmitter
{
    /// <summary>The arguments, as argv elements (<c>-chardev</c>, then its value, for each channel).</summary>
    /// <param name="analysis">The channel analysis; nothing when libxl failed or xl stopped.</param>
    /// <returns>The arguments.</returns>
    public static IReadOnlyList<string> Arguments(ChannelAnalysis analysis) => [.. EnumerateArguments(analysis)];

    /// <summary>The arguments of <see cref="Arguments"/>, made as they are enumerated (two strings a console, none kept).</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The arguments, in order.</returns>
    public static IEnumerable<string> EnumerateArguments(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.LibxlRc != 0 ? [] : Each(analysis);

        static IEnumerable<string> Each(ChannelAnalysis analysis)
        {
            string serverOptions = analysis.Options.Version.UsesQemuOnOffBooleans ? "server=on,wait=off" : "server,nowait";
            foreach (var console in analysis.Consoles)
            {
                var channel = console.Channel;
                yield return "-chardev";
                yield return channel.Connection == ChannelConnection.Socket
                    ? $"socket,id={console.ChardevId},path={channel.Path},{serverOptions}"
                    : $"pty,id={console.ChardevId}";
            }
        }
    }
}
