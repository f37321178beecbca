using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Emitters.Kvm;

/// <summary>
/// QEMU arguments that give a KVM guest the same named channels as a Xen guest: a virtio-serial
/// controller for every 30 channels, and per channel a <c>-chardev</c> (a listening socket or a
/// pty) and a named <c>virtserialport</c>. In a Linux guest each appears as
/// <c>/dev/virtio-ports/NAME</c>.
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
/// A controller has 31 ports by default (<c>max_ports</c>), port 0 being for a console, so it takes
/// 30 channels; channels 31 to 60 go to a second controller (<c>virtio-serial1</c>, ports 1 to 30
/// again), and so on, as libvirt does. Raising <c>max_ports</c> instead is not enough: QEMU 7.2
/// accepts it, but announces no more than 32 ports to a booting guest (the controller's control
/// queue has 32 buffers, and port-add messages beyond them are dropped), so a guest of 100
/// channels on one controller sees 32 of them. Each controller takes a PCI slot of the guest's
/// first bus (32, of which the machine's own devices use some): at most
/// <see cref="MaxControllers"/> controllers, <see cref="MaxChannels"/> channels.
/// <c>backend=</c> has no meaning for KVM and is ignored; a channel without a name gets a port
/// without <c>name=</c>. Stateless and thread-safe.
/// </para>
/// </remarks>
internal static class KvmQemuChannelEmitter
{
    /// <summary>The channels one controller takes: QEMU's default <c>max_ports</c> (31) less port 0, which is for a console.</summary>
    public const int ChannelsPerController = 30;

    /// <summary>
    /// The most controllers the arguments add: QEMU 7.2's <c>pc</c> machine with its display and
    /// no network card takes 29 more PCI devices on its first bus (a 30th: <c>PCI: no
    /// slot/function available</c>, measured), less one for the guest's disk. A guest with more
    /// devices of its own has room for fewer.
    /// </summary>
    public const int MaxControllers = 28;

    /// <summary>The most channels: <see cref="MaxControllers"/> controllers of <see cref="ChannelsPerController"/>.</summary>
    public const int MaxChannels = MaxControllers * ChannelsPerController;

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
    /// its turn comes. The channels are counted first (against <see cref="MaxChannels"/>).
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
    /// The error for a configuration with more channels than the arguments can give a guest
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
            ? DiagnosticCatalog.KvmTooManyChannelsAt(channels[MaxChannels].Span, TooManyChannelsMessage(channels.Count))
            : null;
    }

    /// <summary>Why the arguments cannot give a guest <paramref name="count"/> channels.</summary>
    /// <param name="count">The number of channels.</param>
    /// <returns>The message.</returns>
    internal static string TooManyChannelsMessage(int count) =>
        $"{count} channels are more than a KVM guest's first PCI bus has room for: {ChannelsPerController} a virtio-serial controller (QEMU's 31 ports, port 0 being for a console), at most {MaxControllers} controllers, so at most {MaxChannels} channels";

    /// <summary>
    /// The id of controller <paramref name="index"/>: the configured id for the first; for the
    /// others its trailing number counted on (<c>virtio-serial0</c>, <c>virtio-serial1</c>, as
    /// libvirt names them), or the index added when it has none.
    /// </summary>
    internal static string ControllerId(string first, int index)
    {
        if (index == 0)
        {
            return first;
        }

        int digits = first.Length;
        while (digits > 0 && char.IsAsciiDigit(first[digits - 1]))
        {
            digits--;
        }

        return digits < first.Length && first.Length - digits < 9
            ? first[..digits] + (int.Parse(first.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture) + index).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : first + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Each(IReadOnlyCollection<DeviceChannel> channels, KvmChannelOptions options)
    {
        int n = 0;
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            string controller = ControllerId(options.ControllerId, n / ChannelsPerController);
            if (n % ChannelsPerController == 0)
            {
                yield return "-device";
                yield return $"{options.ControllerDevice},id={controller}";
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
            yield return $"virtserialport,bus={controller}.0,nr={(n % ChannelsPerController) + 1},chardev={chardev},id=channel{n}"
                + (channel.Name is null ? string.Empty : ",name=" + QemuOptionText.EscapeValue(channel.Name));
            n++;
        }
    }
}
