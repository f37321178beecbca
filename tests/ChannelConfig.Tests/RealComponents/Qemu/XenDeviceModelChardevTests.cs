using System.Globalization;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// <c>xlchan dump -f qemu</c>'s <c>-chardev</c> arguments given to Xen's device model
/// (Debian's qemu-system-xen, QEMU 7.2, with no hypervisor: <c>-machine none -accel qtest</c>),
/// with one <c>-serial OUTPUT</c> per channel, OUTPUT being the <c>output</c> node xlchan's
/// xenstore emitter writes for the channel's console. QEMU's Xen console backend opens
/// <c>output</c> with the same call as <c>-serial</c> (qemu_chr_new_mux_mon in
/// hw/char/xen_console.c), so QEMU starting proves each <c>chardev:ID</c> resolves; QMP's
/// query-chardev then shows each socket listening at the configuration's path (the check
/// connects to it) and each pty allocated.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed partial class XenDeviceModelChardevTests
{
    private const string DeviceModel = "/usr/libexec/xen-qemu-system-i386";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The channel counts and the Xen releases whose arguments differ (4.6 and 4.15: server,nowait; 4.17: server=on,wait=off).</summary>
    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        foreach (int count in new[] { 1, 2, 30, 31, 100 })
        {
            foreach (string xen in new[] { "4.17", "4.15", "4.6" })
            {
                cases.Add(count, xen);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_output_node_names_a_chardev_the_device_model_has_and_sockets_listen_at_the_path(int count, string xen)
    {
        string qemu = RealComponent.Require(DeviceModel, "qemu-system-xen");
        Assert.True(XenVersion.TryParse(xen, out var version));
        string directory = GeneratedChannels.ShortTempDirectory();
        try
        {
            var channels = GeneratedChannels.Make(count, directory, version: version);
            var analysis = GeneratedChannels.Lint(channels, version).Channels;
            var chardevArguments = QemuChardevEmitter.Arguments(analysis);
            var outputs = OutputNodes(analysis);
            var consoles = analysis.Consoles.Where(c => c.Added).ToList();
            string[] serials = [.. consoles.SelectMany(c => new[] { "-serial", outputs[c.ConsoleDevid] })];
            using var running = RunningProgram.Start(
                qemu,
                ["-machine", "none", "-accel", "qtest", "-display", "none", "-nodefaults", "-qmp", "stdio", .. chardevArguments, .. serials],
                directory);
            var qmp = new QmpSession(running, Timeout);
            qmp.Execute("qmp_capabilities", Timeout);
            var chardevs = (qmp.Execute("query-chardev", Timeout) as JsonArray ?? [])
                .ToDictionary(c => (string)c!["label"]!, c => (string)c!["filename"]!);
            string context = $"Xen {xen}, {count} channels\nquery-chardev: {string.Join("; ", chardevs.Select(c => c.Key + " = " + c.Value))}\n{running.Transcript}";

            // Every -chardev is there, also that of a console libxl rejects (console 0, Xen 4.11 to 4.20.0).
            Assert.Equal(analysis.Consoles.Count, chardevs.Keys.Count(k => k.StartsWith("libxl-channel", StringComparison.Ordinal)));
            int serial = 0;
            foreach (var console in consoles)
            {
                var channel = console.Channel;
                string output = outputs[console.ConsoleDevid];
                string label = output.StartsWith("chardev:", StringComparison.Ordinal)
                    ? output["chardev:".Length..]
                    : "serial" + serial.ToString(CultureInfo.InvariantCulture);
                serial++;
                Assert.True(chardevs.TryGetValue(label, out string? filename), $"no chardev {label} for output={output} of channel {channel.Index}\n{context}");
                if (channel.Connection == ChannelConnection.Socket)
                {
                    Assert.True(output.StartsWith("chardev:", StringComparison.Ordinal), $"socket channel {channel.Index}: output={output}\n{context}");
                    Assert.EndsWith("unix:" + channel.Path + ",server=on", filename, StringComparison.Ordinal);
                    using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    socket.Connect(new UnixDomainSocketEndPoint(channel.Path!));
                }
                else
                {
                    var pty = PtyFilename().Match(filename!);
                    Assert.True(pty.Success, $"pty channel {channel.Index}: chardev {label} is {filename}\n{context}");
                    Assert.True(File.Exists(pty.Groups[1].Value), $"{pty.Groups[1].Value} does not exist\n{context}");
                }
            }

            qmp.Execute("quit", Timeout);
            running.WaitForExit(Timeout);
            Assert.True(running.ExitCode == 0, context);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The <c>output</c> node of each console's frontend, by console number.</summary>
    private static Dictionary<int, string> OutputNodes(ChannelAnalysis analysis) =>
        XenstoreEmitter.Nodes(analysis)
            .Select(n => (Match: OutputNode().Match(n.Path), n.Value))
            .Where(n => n.Match.Success)
            .ToDictionary(n => int.Parse(n.Match.Groups[1].Value, CultureInfo.InvariantCulture), n => n.Value);

    [GeneratedRegex(@"^/local/domain/[0-9]+/device/console/([0-9]+)/output$")]
    private static partial Regex OutputNode();

    [GeneratedRegex(@"^pty:(/dev/pts/[0-9]+)$")]
    private static partial Regex PtyFilename();
}
