using System.Globalization;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Emitters;

/// <summary>
/// QEMU's port limits for the KVM arguments (hw/char/virtio-serial-bus.c): a port's nr must be
/// below the controller's max_ports (31 unless set), and max_ports at most VIRTIO_QUEUE_MAX / 2 - 1 = 511.
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

    /// <summary>The controller's max_ports as QEMU reads it (31 when absent), and the highest port nr.</summary>
    private static (int MaxPorts, int HighestNr) Ports(IReadOnlyList<string> args)
    {
        string controller = args[1];
        int at = controller.IndexOf(",max_ports=", StringComparison.Ordinal);
        int maxPorts = at < 0 ? 31 : int.Parse(controller[(at + ",max_ports=".Length)..], CultureInfo.InvariantCulture);
        int highest = args.Where(a => a.StartsWith("virtserialport,", StringComparison.Ordinal))
            .Max(a => int.Parse(a.Split(',').Single(p => p.StartsWith("nr=", StringComparison.Ordinal))[3..], CultureInfo.InvariantCulture));
        return (maxPorts, highest);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(40)]
    [InlineData(510)]
    public void Every_port_number_is_below_the_controllers_max_ports_and_max_ports_within_qemus_limit(int channels)
    {
        var args = KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(channels)));
        var (maxPorts, highest) = Ports(args);
        Assert.Equal(channels, highest);
        Assert.True(highest < maxPorts, $"nr={highest} with max_ports={maxPorts}: QEMU says Out-of-range port id specified, max. allowed: {maxPorts - 1}");
        Assert.True(maxPorts <= 511);
    }

    [Fact]
    public void Up_to_30_channels_the_controller_keeps_qemus_default_and_from_31_it_gets_max_ports_n_plus_1()
    {
        Assert.Equal("virtio-serial-pci,id=virtio-serial0", KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(30)))[1]);
        Assert.Equal("virtio-serial-pci,id=virtio-serial0,max_ports=32", KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(31)))[1]);
        Assert.Equal("virtio-serial-pci,id=virtio-serial0,max_ports=41", KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(Config(40)))[1]);
    }

    [Fact]
    public void More_than_510_channels_are_an_error_not_arguments_qemu_refuses()
    {
        var analysis = EmitterExamples.Analyze(Config(511));
        Assert.Null(KvmQemuChannelEmitter.CheckChannelCount(EmitterExamples.Analyze(Config(510))));
        var error = KvmQemuChannelEmitter.CheckChannelCount(analysis);
        Assert.NotNull(error);
        Assert.Equal("XLC0217", error.Code);
        Assert.Equal(analysis.Channels[510].Span, error.Span);
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments(analysis));
    }

    [Fact]
    public void Dump_kvm_with_more_than_510_channels_exits_1_with_the_error_and_prints_nothing()
    {
        string file = CliRunner.TempFile(Config(511));
        var (exit, stdout, stderr) = CliRunner.Run("dump", "-f", "kvm", file);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("error XLC0217: 511 channels are more than one virtio-serial controller takes", stderr, StringComparison.Ordinal);
        var (lintExit, _, _) = CliRunner.Run("lint", file);
        Assert.Equal(0, lintExit);
    }

    [Fact]
    public void Dump_kvm_with_40_channels_sets_max_ports()
    {
        string file = CliRunner.TempFile(Config(40));
        var (exit, stdout, _) = CliRunner.Run("dump", "-f", "kvm", file);
        Assert.Equal(0, exit);
        Assert.StartsWith("-device virtio-serial-pci,id=virtio-serial0,max_ports=41 \\\n", stdout, StringComparison.Ordinal);
    }
}
