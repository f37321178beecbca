using ChannelConfig.Channels;
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
/// <c>backend=</c> has no meaning for KVM and is ignored; a channel without a name gets a port
/// without <c>name=</c>. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class KvmQemuChannelEmitter
{
    /// <summary>The arguments for an analysed configuration's channels.</summary>
    /// <param name="analysis">The analysis; nothing when xl or libxl reject the configuration.</param>
    /// <param name="options">The controller to use, or null for the defaults.</param>
    /// <returns>The argv elements (without the QEMU program); empty when there is no channel.</returns>
    public static IReadOnlyList<string> Arguments(ChannelAnalysis analysis, KvmChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Verdict == XlVerdict.Accepted ? Arguments(analysis.Channels, options) : [];
    }

    /// <summary>The arguments for channels, in order.</summary>
    /// <param name="channels">The channels; each needs a connection, and a socket channel a non-empty path.</param>
    /// <param name="options">The controller to use, or null for the defaults.</param>
    /// <returns>The argv elements (without the QEMU program); empty when there is no channel.</returns>
    /// <exception cref="ArgumentException">A channel has no connection or a socket without a path, or an option is not a valid QEMU name.</exception>
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
    /// its turn comes.
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

        return Each(channels, options);
    }

    private static IEnumerable<string> Each(IEnumerable<DeviceChannel> channels, KvmChannelOptions options)
    {
        int n = 0;
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            if (n == 0)
            {
                yield return "-device";
                yield return $"{options.ControllerDevice},id={options.ControllerId}";
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
