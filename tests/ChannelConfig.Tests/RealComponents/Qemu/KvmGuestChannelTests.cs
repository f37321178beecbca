using ChannelConfig.Emitters.Kvm;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// <c>xlchan dump -f kvm</c>'s arguments given to QEMU 7.2 (qemu-system-x86_64, TCG) booting
/// Debian's cloud kernel with a busybox initramfs: the guest sees exactly the configuration's
/// channel names as virtio-serial ports, and one line crosses every channel each way, between the
/// guest's /dev/vportNpM and the host's end of the socket or pty.
/// </summary>
public sealed class KvmGuestChannelTests
{
    /// <summary>
    /// virtio-serial-pci has 31 ports unless told otherwise (max_ports), and port 0 is kept for a
    /// console, so QEMU refuses a 31st channel unless the arguments raise max_ports.
    /// </summary>
    private const int DefaultPorts = 30;

    /// <summary>The buffers of virtio-serial's control queue (QEMU 7.2), which announces the ports to the guest.</summary>
    private const int ControlQueueSize = 32;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(30)]
    public void The_guest_sees_exactly_the_names_and_a_line_crosses_every_channel_each_way(int count) => BootAndCheck(count);

    /// <summary>
    /// More channels than virtio-serial-pci's default 30 ports: these pass only once the KVM
    /// arguments set max_ports. Until then QEMU's verdict (it refuses the port) is the failure.
    /// </summary>
    [Theory]
    [InlineData(31)]
    [InlineData(100)]
    public void More_than_thirty_channels_reach_the_guest(int count) => BootAndCheck(count);

    private static void BootAndCheck(int count)
    {
        string directory = GeneratedChannels.ShortTempDirectory();
        try
        {
            var channels = GeneratedChannels.Make(count, directory);
            var arguments = KvmQemuChannelEmitter.Arguments(GeneratedChannels.Lint(channels).Channels);
            var run = KvmGuest.Boot(channels, arguments, directory, TimeSpan.FromSeconds(90 + count));
            string context = $"{count} channels, boot took {run.Elapsed.TotalSeconds:0.0} s; host: {string.Join("; ", run.HostErrors)}\nQEMU arguments: {Shorten(string.Join(' ', arguments))}\n{run.Transcript}";
            string refusal = string.Join(' ', run.Transcript.Split('\n').Where(l => l.StartsWith("qemu-system-x86_64:", StringComparison.Ordinal)));
            Assert.True(
                run.Exit == 0 && run.Done,
                $"the guest did not finish (QEMU exit {run.Exit}){Note(count, arguments)}: {Shorten(refusal)}\n{context}");
            Assert.True(run.HostErrors.Count == 0, context);
            Assert.Equal(channels.Select(c => c.Name).Order(StringComparer.Ordinal), run.Ports.Select(p => p.Name).Order(StringComparer.Ordinal));
            foreach (var channel in channels)
            {
                var port = Assert.Single(run.Ports, p => p.Name == channel.Name);
                Assert.True(run.FromGuest.TryGetValue(channel.Index, out string? fromGuest), $"nothing came from the guest on channel {channel.Index} ({channel.Name})\n{context}");
                Assert.Equal(KvmGuestRun.GuestLine(port.Device), fromGuest);
                Assert.Equal(KvmGuestRun.HostLine(channel.Index), port.Received);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>What is known to stop a guest with this many channels.</summary>
    private static string Note(int count, IReadOnlyList<string> arguments) =>
        count <= DefaultPorts ? string.Empty
        : !arguments.Any(a => a.Contains("max_ports=", StringComparison.Ordinal)) ? $"; {count} channels are more than virtio-serial-pci's default {DefaultPorts} ports, and the arguments set no max_ports"
        : count > ControlQueueSize ? $"; QEMU 7.2 announces no more than {ControlQueueSize} ports to a booting guest (virtio-serial's control queue has {ControlQueueSize} buffers; it drops the other port-add messages)"
        : string.Empty;

    private static string Shorten(string text) => text.Length <= 1000 ? text : text[..1000] + " …";
}
