using ChannelConfig.Emitters.Kvm;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// <c>xlchan dump -f kvm</c>'s arguments given to QEMU 7.2 (qemu-system-x86_64, TCG) booting
/// Debian's cloud kernel with a busybox initramfs: the guest sees exactly the configuration's
/// channel names as virtio-serial ports, and one line crosses every channel each way, between the
/// guest's /dev/vportNpM and the host's end of the socket or pty.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class KvmGuestChannelTests
{
    /// <summary>
    /// 1, 2 and 30 channels fit one virtio-serial controller; 31 and 100 take a second and a fourth
    /// (30 a controller: QEMU's default 31 ports less port 0, and a booting guest is told of no more
    /// than 32 ports a controller, so one controller with a larger max_ports loses the rest).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(100)]
    public async Task The_guest_sees_exactly_the_names_and_a_line_crosses_every_channel_each_way(int count) => Check(count, await Boots.Value[count]);

    /// <summary>The channel counts of the theory's rows, the longest boot first.</summary>
    private static readonly int[] Counts = [100, 31, 30, 2, 1];

    /// <summary>
    /// Every row's boot, all started when the first row runs, at most two at a time (each QEMU is
    /// busy on one core): the rows' boots are independent, so they need not wait for each other.
    /// Each row then checks its own boot. A boot's failure (or skip) is its row's.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<int, Task<Booted>>> Boots = new(() =>
    {
        var boots = new Dictionary<int, Task<Booted>>();
        var gate = new SemaphoreSlim(2);
        foreach (int count in Counts)
        {
            boots[count] = Task.Factory.StartNew(
                () =>
                {
                    gate.Wait();
                    try
                    {
                        return Boot(count);
                    }
                    finally
                    {
                        gate.Release();
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        return boots;
    });

    private sealed record Booted(IReadOnlyList<GeneratedChannel> Channels, IReadOnlyList<string> Arguments, KvmGuestRun Run);

    private static Booted Boot(int count)
    {
        string directory = GeneratedChannels.ShortTempDirectory();
        try
        {
            var channels = GeneratedChannels.Make(count, directory);
            var arguments = KvmQemuChannelEmitter.Arguments(GeneratedChannels.Lint(channels).Channels);
            return new Booted(channels, arguments, KvmGuest.Boot(channels, arguments, directory, TimeSpan.FromSeconds(90 + count)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Check(int count, Booted booted)
    {
        var (channels, arguments, run) = booted;
        string context = $"{count} channels, boot took {run.Elapsed.TotalSeconds:0.0} s; host: {string.Join("; ", run.HostErrors)}\nQEMU arguments: {Shorten(string.Join(' ', arguments))}\n{run.Transcript}";
        string refusal = string.Join(' ', run.Transcript.Split('\n').Where(l => l.StartsWith("qemu-system-x86_64:", StringComparison.Ordinal)));
        Assert.True(
            run.Exit == 0 && run.Done,
            $"the guest did not finish (QEMU exit {run.Exit}): {Shorten(refusal)}\n{context}");
        Assert.True(run.HostErrors.Count == 0, context);
        Assert.Equal(channels.Select(c => c.Name).Order(StringComparer.Ordinal), run.Ports.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var channel in channels)
        {
            var port = Assert.Single(run.Ports, p => p.Name == channel.Name);
            if (!run.FromGuest.TryGetValue(channel.Index, out string? fromGuest))
            {
                Assert.Fail($"nothing came from the guest on channel {channel.Index} ({channel.Name})\n{context}");
            }

            Assert.Equal(KvmGuestRun.GuestLine(port.Device), fromGuest);
            Assert.Equal(KvmGuestRun.HostLine(channel.Index), port.Received);
        }
    }

    private static string Shorten(string text) => text.Length <= 1000 ? text : text[..1000] + " …";
}
