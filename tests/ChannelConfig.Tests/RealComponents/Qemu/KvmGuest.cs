using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ChannelConfig.Channels;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// Boots Debian's cloud kernel under QEMU (TCG, no KVM needed) with busybox as its initramfs and
/// the channel arguments xlchan made, and plays the host's part of every channel meanwhile:
/// connects to each socket QEMU listens on and opens each pty QEMU reports, reads the guest's
/// line and answers with one of its own.
/// </summary>
internal static partial class KvmGuest
{
    /// <summary>Boots the guest; the host's side of <paramref name="channels"/> runs while it is up.</summary>
    /// <param name="channels">The configuration's channels, in order.</param>
    /// <param name="channelArguments">xlchan's QEMU arguments for them (dump -f kvm's words).</param>
    /// <param name="workDirectory">Where the initramfs is written.</param>
    /// <param name="timeout">The longest the boot may take; QEMU is killed then.</param>
    public static KvmGuestRun Boot(IReadOnlyList<GeneratedChannel> channels, IReadOnlyList<string> channelArguments, string workDirectory, TimeSpan timeout)
    {
        string qemu = RealComponent.Require("qemu-system-x86_64", "qemu-system-x86");
        var kernel = DebianKernel.Require();
        string initramfs = Path.Combine(workDirectory, "initramfs.cpio.gz");
        GuestInitramfs.Write(initramfs, kernel);

        string[] arguments =
        [
            "-accel", "tcg", "-nographic", "-no-reboot", "-nic", "none", "-m", "256",
            "-kernel", kernel.Image, "-initrd", initramfs,
            // no_timer_check: on a busy host TCG's timer can look broken to the kernel's IO-APIC
            // check, which then panics ("IO-APIC + timer doesn't work") before anything else runs.
            "-append", $"console=ttyS0 quiet panic=-1 no_timer_check xlchan.ports={channels.Count}",
            .. channelArguments,
        ];
        var chardevOfName = PortChardevs(channelArguments);
        var clock = Stopwatch.StartNew();
        using var running = RunningProgram.Start(qemu, arguments, workDirectory);
        using var stop = new CancellationTokenSource(timeout);
        var fromGuest = new ConcurrentDictionary<int, string>();
        var errors = new ConcurrentQueue<string>();
        var hosts = channels.Select(c => Task.Factory.StartNew(
            () => HostSide(running, c, chardevOfName, fromGuest, errors, stop.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        try
        {
            // A guest that lacks ports would wait for them forever: stop it as soon as it says so.
            string? count = null;
            running.WaitUntilAsync((stdout, _) => (count = PortCount(stdout)) is not null && count != channels.Count.ToString(CultureInfo.InvariantCulture), timeout, stop.Token)
                .GetAwaiter().GetResult();
            if (!running.HasExited && count is not null && count != channels.Count.ToString(CultureInfo.InvariantCulture))
            {
                errors.Enqueue($"the guest has {count} virtio-serial ports, not {channels.Count}: stopped");
                running.Kill();
            }

            running.WaitForExit(timeout - clock.Elapsed);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or ArgumentOutOfRangeException)
        {
            errors.Enqueue($"QEMU did not end within {timeout.TotalSeconds:0} s (killed)");
        }
        finally
        {
            running.Kill();
            stop.Cancel();
        }

        Task.WaitAll(hosts, TimeSpan.FromSeconds(10));
        clock.Stop();
        var (ports, done) = KvmGuestRun.ParseConsole(running.Stdout);
        return new KvmGuestRun(
            running.HasExited ? running.ExitCode : -1,
            ports,
            done,
            new Dictionary<int, string>(fromGuest),
            [.. errors],
            running.Transcript,
            clock.Elapsed);
    }

    /// <summary>The number of ports the guest says it has (XLCHAN-COUNT), or null before it says.</summary>
    private static string? PortCount(IEnumerable<string> console) =>
        console.Select(line => line.Trim()).Where(line => line.Contains("XLCHAN-COUNT ", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf("XLCHAN-COUNT ", StringComparison.Ordinal) + "XLCHAN-COUNT ".Length)..])
            .FirstOrDefault();

    /// <summary>Each port's chardev id by the port's name, from the <c>-device virtserialport,…</c> arguments.</summary>
    public static IReadOnlyDictionary<string, string> PortChardevs(IReadOnlyList<string> arguments)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            if (arguments[i] == "-device" && QemuOptionSplitter.Split(arguments[i + 1]) is [{ Key: "virtserialport" }, ..] fields)
            {
                var values = fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
                if (values.TryGetValue("name", out string? name) && values.TryGetValue("chardev", out string? chardev))
                {
                    map[name] = chardev;
                }
            }
        }

        return map;
    }

    /// <summary>
    /// The host's end of one channel, on a thread of its own (blocking reads end when QEMU does):
    /// connect or open, read the guest's line, answer, and keep the channel open until QEMU ends.
    /// </summary>
    private static void HostSide(
        RunningProgram qemu,
        GeneratedChannel channel,
        IReadOnlyDictionary<string, string> chardevOfName,
        ConcurrentDictionary<int, string> fromGuest,
        ConcurrentQueue<string> errors,
        CancellationToken stop)
    {
        void Report(string problem)
        {
            if (!qemu.HasExited && !stop.IsCancellationRequested)
            {
                errors.Enqueue($"channel {channel.Index} ({channel.Name}): {problem}");
            }
        }

        try
        {
            if (!WaitForGuest(qemu, channel.Name, stop))
            {
                return;
            }

            using var stream = channel.Connection == ChannelConnection.Socket
                ? (Stream?)Connect(qemu, channel.Path!, stop)
                : OpenPty(qemu, chardevOfName.GetValueOrDefault(channel.Name), stop);
            if (stream is null)
            {
                Report($"no {channel.Connection} to connect to");
                return;
            }

            string? line = ReadLine(stream);
            if (line is null)
            {
                Report("closed before the guest wrote a line");
                return;
            }

            fromGuest[channel.Index] = line;
            stream.Write(Encoding.UTF8.GetBytes(KvmGuestRun.HostLine(channel.Index) + "\n"));
            stream.Flush();

            // Keep the channel open until QEMU ends: closing a pty or socket early may drop the line.
            stop.WaitHandle.WaitOne();
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException or ObjectDisposedException)
        {
            Report(e.Message);
        }
    }

    /// <summary>Waits until the guest is about to use the port named <paramref name="name"/> (XLCHAN-OPEN).</summary>
    private static bool WaitForGuest(RunningProgram qemu, string name, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && !qemu.HasExited)
        {
            var console = qemu.Stdout;
            var (ports, _) = KvmGuestRun.ParseConsole(console);
            if (ports.FirstOrDefault(p => p.Name == name) is { } port && console.Any(line => line.Trim().EndsWith("XLCHAN-OPEN " + port.Device, StringComparison.Ordinal)))
            {
                return true;
            }

            stop.WaitHandle.WaitOne(20);
        }

        return false;
    }

    private static NetworkStream? Connect(RunningProgram qemu, string path, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && !qemu.HasExited)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(path));
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException)
            {
                socket.Dispose();
                stop.WaitHandle.WaitOne(50);
            }
        }

        return null;
    }

    private static FileStream? OpenPty(RunningProgram qemu, string? chardev, CancellationToken stop)
    {
        while (chardev is not null && !stop.IsCancellationRequested && !qemu.HasExited)
        {
            if (PtyOf(qemu.Stdout.Concat(qemu.Stderr), chardev) is { } pty)
            {
                return new FileStream(pty, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
            }

            stop.WaitHandle.WaitOne(50);
        }

        return null;
    }

    /// <summary>The pty QEMU reports for <paramref name="chardev"/> ("char device redirected to /dev/pts/N (label ID)").</summary>
    public static string? PtyOf(IEnumerable<string> output, string chardev) =>
        output.Select(line => PtyLine().Match(line)).FirstOrDefault(m => m.Success && m.Groups[2].Value == chardev)?.Groups[1].Value;

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add((byte)b);
        }
    }

    [GeneratedRegex(@"char device redirected to (/dev/pts/[0-9]+) \(label (.+)\)")]
    private static partial Regex PtyLine();
}
