using System.Globalization;
using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Emitters;

/// <summary>
/// QEMU's port limits for the KVM arguments (hw/char/virtio-serial-bus.c): a port's nr must be
/// below its controller's max_ports (31, as the arguments leave it), and a booting guest is told of
/// at most 32 ports a controller, so every 30 channels get a controller of their own, as libvirt does.
/// </summary>
public sealed class KvmPortCountTests
{
    private static string Config(int channels)
    {
        var text = new StringBuilder("channel = [\n");
        for (int i = 0; i < channels; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    \"connection=pty,name=org.example.c{i}.0\",\n");
        }

        return text.Append("]\n").ToString();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(30, 1)]
    [InlineData(31, 2)]
    [InlineData(100, 4)]
    [InlineData(840, 28)]
    public void Every_30_channels_get_a_controller_and_every_port_number_is_within_qemus_default_31(int channels, int controllers)
    {
        var args = KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(channels)));
        var declared = args.Where(a => a.StartsWith("virtio-serial-pci,", StringComparison.Ordinal)).ToList();
        Assert.Equal(controllers, declared.Count);
        Assert.All(declared, d => Assert.DoesNotContain("max_ports", d, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, controllers).Select(i => $"virtio-serial-pci,id=virtio-serial{i}"), declared);

        var ports = args.Where(a => a.StartsWith("virtserialport,", StringComparison.Ordinal))
            .Select(a => a.Split(',').Where(p => p.StartsWith("bus=", StringComparison.Ordinal) || p.StartsWith("nr=", StringComparison.Ordinal)).ToArray())
            .Select(p => (Bus: p[0][4..], Nr: int.Parse(p[1][3..], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(channels, ports.Count);
        Assert.All(ports, p => Assert.InRange(p.Nr, 1, 30));
        Assert.Equal(channels, ports.Distinct().Count());
        Assert.All(ports.GroupBy(p => p.Bus), g => Assert.True(g.Count() <= 30, $"{g.Key} has {g.Count()} ports"));
    }

    [Fact]
    public void The_second_controller_is_declared_before_its_first_port_and_counts_on_the_ids_number()
    {
        var args = KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(31)));
        int second = args.ToList().IndexOf("virtio-serial-pci,id=virtio-serial1");
        Assert.True(second > 0);
        Assert.StartsWith("virtserialport,bus=virtio-serial1.0,nr=1,chardev=charchannel30,id=channel30,", args[second + 4], StringComparison.Ordinal);
        Assert.Equal("vs", KvmQemuChannelEmitter.ControllerId("vs", 0));
        Assert.Equal("vs2", KvmQemuChannelEmitter.ControllerId("vs", 2));
        Assert.Equal("serial9", KvmQemuChannelEmitter.ControllerId("serial7", 2));
    }

    [Fact]
    public void More_than_840_channels_are_an_error_not_arguments_qemu_refuses()
    {
        var analysis = EmitterExamples.Analyze(Config(841));
        Assert.Null(KvmQemuChannelEmitter.CheckChannelCount(EmitterExamples.Analyze(Config(840))));
        var error = KvmQemuChannelEmitter.CheckChannelCount(analysis);
        Assert.NotNull(error);
        Assert.Equal(DiagnosticCatalog.KvmTooManyChannels.Id, error.Code);
        Assert.Equal(analysis.Channels[840].Span, error.Span);
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments(analysis));
    }

    [Fact]
    public void Dump_kvm_with_more_than_840_channels_exits_1_with_the_error_and_prints_nothing()
    {
        string file = CliRunner.TempFile(Config(841));
        var (exit, stdout, stderr) = CliRunner.Run("dump", "-f", "kvm", file);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("error XLC0217: 841 channels are more than a KVM guest's first PCI bus has room for", stderr, StringComparison.Ordinal);
        var (lintExit, _, _) = CliRunner.Run("lint", file);
        Assert.Equal(0, lintExit);
    }
}
