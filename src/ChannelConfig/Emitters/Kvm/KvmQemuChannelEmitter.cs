using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Emitters.Kvm;

/// <summary>
/// QEMU arguments that give a KVM guest the same named channels as a Xen guest: one
/// virtio-serial controller, and per channel a <c>-chardev</c> (a listening socket or a pty) and a
/// named <c>virtserialport</c>. In a Linux guest each appears as <c>/dev/virtio-ports/NAME</c>.
/// </summary>
/// <remarks>
/// <para>For the default options and a socket channel then a pty channel:</para>
/// <code>
/// -device virtio-serial-pci,id=virtio-serial0
/// -chardev socket,id=charchannel0,path=/run/a.sock,server=on,wait=off
/// -device virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0,name=org.example.a.0
/// -chardev pty,id=charchannel1
/// -device virtserialport,bus=virtio-serial0.0,nr=2,chardev=charchannel1,id=channel1,name=org.example.b.0
/// </code>
/// <para>
/// Ids follow libvirt's naming and never come from channel names. Every <c>,</c> in a path or name
/// is doubled (QEMU's escape). Port numbers start at 1 (port 0 is reserved for a console).
/// A controller has 31 ports by default (<c>max_ports</c>), so up to 30 channels; for more, the
/// controller is given <c>max_ports=N+1</c>, up to QEMU's limit of 511 ports
/// (<c>VIRTIO_QUEUE_MAX / 2 - 1</c> in <c>hw/char/virtio-serial-bus.c</c>): at most
/// <see cref="MaxChannels"/> channels.
/// <c>backend=</c> has no meaning for KVM and is ignored; a channel without a name gets a port
/// without <c>name=</c>. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class KvmQemuChannelEmitter
{
    /// <summary>QEMU's default <c>max_ports</c> of a virtio-serial controller: ports 0 to 30, so 30 channels (port 0 is for a console).</summary>
    public const int DefaultMaxPorts = 31;

    /// <summary>The most ports QEMU gives one virtio-serial controller: <c>VIRTIO_QUEUE_MAX / 2 - 1</c> = 1024 / 2 - 1 (QEMU 2.4 and later).</summary>
    public const int MaxPorts = 511;

    /// <summary>The most channels one controller takes: ports 1 to <see cref="MaxPorts"/> - 1.</summary>
    public const int MaxChannels = MaxPorts - 1;

    /// <summary>The arguments for an analysed configuration's channels.</summary>
    /// <param name="analysis">The analysis; nothing when xl or libxl reject the configuration.</param>
    /// <param name="options">The controller to use, or null for the defaults.</param>
    /// <returns>The argv elements (without the QEMU program); empty when there is no channel.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxChannels"/> channels (<see cref="CheckChannelCount"/> says so without throwing).</exception>
    public static IReadOnlyList<string> Arguments(ChannelAnalysis analysis, KvmChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Verdict == XlVerdict.Accepted ? Arguments(analysis.Channels, options) : [];
    }

    /// <summary>The arguments for channels, in order.</summary>
    /// <param name="channels">The channels; each needs a connection, and a socket channel a non-empty path.</param>
    /// <param name="options">The controller to use, or null for the defaults.</param>
    /// <returns>The argv elements (without the QEMU program); empty when there is no channel.</returns>
    /// <exception cref="ArgumentException">A channel has no connection or a socket without a path, there are more than <see cref="MaxChannels"/> channels, or an option is not a valid QEMU name.</exception>
    public static IReadOnlyList<string> Arguments(IEnumerable<DeviceChannel> channels, KvmChannelOptions? options = null) =>
        [.. EnumerateArguments(channels, options)];

    /// <summary>The arguments of <see cref="Arguments(ChannelAnalysis, KvmChannelOptions?)"/>, made as they are enumerated.</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="options">The controller's device type and id.</param>
    /// <returns>The arguments, in order.</returns>
    public static IEnumerable<string> EnumerateArguments(ChannelAnalysis analysis, KvmChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Verdict == XlVerdict.Accepted ? EnumerateArguments(analysis.Channels, options) : [];
    }

    /// <summary>
    /// The arguments of <see cref="Arguments(IEnumerable{DeviceChannel}, KvmChannelOptions?)"/>,
    /// made as they are enumerated (none kept); the options are checked at once, each channel when
    /// its turn comes. The channels are counted first (for the controller's <c>max_ports</c>).
    /// </summary>
    /// <param name="channels">The channels.</param>
    /// <param name="options">The controller's device type and id.</param>
    /// <returns>The arguments, in order.</returns>
    public static IEnumerable<string> EnumerateArguments(IEnumerable<DeviceChannel> channels, KvmChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        options ??= KvmChannelOptions.Default;
        if (!QemuOptionText.IsDeviceType(options.ControllerDevice))
        {
            throw new ArgumentException($"'{options.ControllerDevice}' is not a QEMU device type", nameof(options));
        }

        if (!QemuOptionText.IsId(options.ControllerId))
        {
            throw new ArgumentException($"'{options.ControllerId}' is not a QEMU id (a letter, then letters, digits, '-', '.', '_')", nameof(options));
        }

        var all = channels as IReadOnlyCollection<DeviceChannel> ?? [.. channels];
        if (all.Count > MaxChannels)
        {
            throw new ArgumentException(TooManyChannelsMessage(all.Count), nameof(channels));
        }

        return Each(all, options);
    }

    /// <summary>
    /// The error for a configuration with more channels than one controller takes
    /// (<see cref="MaxChannels"/>; XLC0217, on the first channel that does not fit), or null when
    /// QEMU takes them all; <see cref="Arguments(ChannelAnalysis, KvmChannelOptions?)"/> throws for such a configuration.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The diagnostic, or null.</returns>
    public static Diagnostic? CheckChannelCount(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var channels = analysis.Channels;
        return analysis.Verdict == XlVerdict.Accepted && channels.Count > MaxChannels
            ? new Diagnostic(DiagnosticCatalog.KvmTooManyChannels, channels[MaxChannels].Span, TooManyChannelsMessage(channels.Count) + "; nothing is written: split the channels between guests, or use --format kvm-libvirt (libvirt adds controllers itself)")
            : null;
    }

    /// <summary>Why QEMU cannot take <paramref name="count"/> channels on one controller.</summary>
    /// <param name="count">The number of channels.</param>
    /// <returns>The message.</returns>
    internal static string TooManyChannelsMessage(int count) =>
        $"{count} channels are more than one virtio-serial controller takes: QEMU gives it at most {MaxPorts} ports (max_ports), port 0 being for a console, so at most {MaxChannels} channels";

    /// <summary>The controller's device option: <c>max_ports</c> only when the default 31 ports are too few.</summary>
    private static string Controller(KvmChannelOptions options, int channels) =>
        channels < DefaultMaxPorts
            ? $"{options.ControllerDevice},id={options.ControllerId}"
            : $"{options.ControllerDevice},id={options.ControllerId},max_ports={channels + 1}";

    private static IEnumerable<string> Each(IReadOnlyCollection<DeviceChannel> channels, KvmChannelOptions options)
    {
        int n = 0;
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            if (n == 0)
            {
                yield return "-device";
                yield return Controller(options, channels.Count);
            }

            string chardev = $"charchannel{n}";
            yield return "-chardev";
            yield return channel.Connection switch
            {
                // xl accepts `path= ` (an empty path); the translation keeps it, as libxl gives it to QEMU
                // (validation reports it: XLC0114).
                ChannelConnection.Socket when channel.Path is not null =>
                    $"socket,id={chardev},path={QemuOptionText.EscapeValue(channel.Path)},server=on,wait=off",
                ChannelConnection.Socket =>
                    throw new ArgumentException($"channel {channel.Index + 1} is a socket without a path (QEMU would invent a temporary one)", nameof(channels)),
                ChannelConnection.Pty => $"pty,id={chardev}",
                _ => throw new ArgumentException($"channel {channel.Index + 1} has no connection", nameof(channels)),
            };
            yield return "-device";
            yield return $"virtserialport,bus={options.ControllerId}.0,nr={n + 1},chardev={chardev},id=channel{n}"
                + (channel.Name is null ? string.Empty : ",name=" + QemuOptionText.EscapeValue(channel.Name));
            n++;
        }
    }
}
