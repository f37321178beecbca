namespace ChannelConfig.Tests.Cli;

/// <summary><c>dump -f qemu</c> and <c>-f kvm</c> share one layout (an option a line), and both offer the one-line command.</summary>
public sealed class QemuLayoutTests
{
    private const string Config = "channel = [ \"connection=socket,path=/run/a b.sock,name=org.example.a.0\", \"connection=pty,name=org.example.b.0\" ]\n";

    [Fact]
    public void Qemu_and_kvm_print_one_option_and_its_value_a_line_joined_by_continuations()
    {
        string file = CliRunner.TempFile(Config);
        var (_, qemu, _) = CliRunner.Run("dump", "-f", "qemu", file);
        Assert.Equal(
            "-chardev 'socket,id=libxl-channel1,path=/run/a b.sock,server=on,wait=off' \\\n-chardev pty,id=libxl-channel2\n",
            qemu);
        var (_, kvm, _) = CliRunner.Run("dump", "-f", "kvm", file);
        Assert.Equal(
            "-device virtio-serial-pci,id=virtio-serial0 \\\n"
            + "-chardev 'socket,id=charchannel0,path=/run/a b.sock,server=on,wait=off' \\\n"
            + "-device virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0,name=org.example.a.0 \\\n"
            + "-chardev pty,id=charchannel1 \\\n"
            + "-device virtserialport,bus=virtio-serial0.0,nr=2,chardev=charchannel1,id=channel1,name=org.example.b.0\n",
            kvm);
    }

    [Fact]
    public void Qemu_layout_command_prints_one_shell_command_line_for_both()
    {
        string file = CliRunner.TempFile(Config);
        var (_, qemu, _) = CliRunner.Run("dump", "-f", "qemu", "--qemu-layout", "command", file);
        Assert.Equal("-chardev 'socket,id=libxl-channel1,path=/run/a b.sock,server=on,wait=off' -chardev pty,id=libxl-channel2\n", qemu);
        var (_, kvm, _) = CliRunner.Run("dump", "-f", "kvm", "--qemu-layout", "command", file);
        Assert.Single(kvm.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("-device virtio-serial-pci,id=virtio-serial0 -chardev 'socket,", kvm, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_channels_neither_prints_anything()
    {
        string file = CliRunner.TempFile("memory = 512\n");
        Assert.Equal(string.Empty, CliRunner.Run("dump", "-f", "qemu", file).Stdout);
        Assert.Equal(string.Empty, CliRunner.Run("dump", "-f", "kvm", file).Stdout);
    }
}
