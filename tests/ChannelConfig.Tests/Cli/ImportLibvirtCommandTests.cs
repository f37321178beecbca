using System.CommandLine;
using ChannelConfig.Cli.Commands;

namespace ChannelConfig.Tests.Cli;

/// <summary><c>xlchan import-libvirt</c> (written, not yet registered in the application).</summary>
public sealed class ImportLibvirtCommandTests
{
    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand { ImportLibvirtCommand.Create(stdout, stderr, () => Stream.Null) };
        int exit = root.Parse(["import-libvirt", .. args]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Libvirts_own_test_file_gives_its_channel_line_and_exit_0()
    {
        string xml = Path.Combine(AppContext.BaseDirectory, "data", "peers", "libvirt-xlconfigdata", "test-channel-unix.xml");
        var (exit, stdout, stderr) = Run(xml);
        Assert.Equal(0, exit);
        Assert.Equal("channel = [ \"connection=socket,path=/path/to/socket,name=org.qemu.guest_agent.0\" ]\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Errors_go_to_stderr_with_positions_and_exit_1()
    {
        string path = CliRunner.TempFile("<domain type='xen'>\n  <devices>\n    <channel type='unix'>\n      <target type='xen' name='org.example.a.0'/>\n    </channel>\n  </devices>\n</domain>\n", "d.xml");
        var (exit, stdout, stderr) = Run(path);
        Assert.Equal(1, exit);
        Assert.Equal("channel = [ \"connection=socket,name=org.example.a.0\" ]\n", stdout);
        Assert.StartsWith($"{path}:3:5: error XLC0204: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_channel_directory_fills_in_a_missing_path()
    {
        string path = CliRunner.TempFile("<domain type='xen'><name>g</name><devices><channel type='unix'><target type='xen' name='n.0'/></channel></devices></domain>", "d.xml");
        var (exit, stdout, stderr) = Run(path, "--channel-dir", "/run/ch");
        Assert.Equal(0, exit);
        Assert.Equal("channel = [ \"connection=socket,path=/run/ch/g-n.0,name=n.0\" ]\n", stdout);
        Assert.Contains("info XLC0205", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, stdout, stderr) = Run("/nonexistent/domain.xml");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("xlchan: /nonexistent/domain.xml: no such file", stderr.TrimEnd());
    }

    [Fact]
    public void Malformed_xml_exits_1_without_a_line()
    {
        var (exit, stdout, stderr) = Run(CliRunner.TempFile("<domain>", "d.xml"));
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("error XLC0200", stderr, StringComparison.Ordinal);
    }
}
