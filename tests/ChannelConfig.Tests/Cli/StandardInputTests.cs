namespace ChannelConfig.Tests.Cli;

/// <summary><c>-</c> reads standard input for <c>dump</c> and <c>import-libvirt</c> too, under <c>--stdin-name</c>.</summary>
public sealed class StandardInputTests
{
    private const string Config = "name = \"vm\"\nchannel = [ \"connection=pty, name=org.example.agent.0\" ]\n";

    [Fact]
    public void Dump_reads_standard_input_as_it_reads_a_file()
    {
        string path = CliRunner.TempFile(Config);
        var fromFile = CliRunner.Run("dump", "-f", "xenstore", path);
        var fromStdin = CliRunner.RunWithStdin(Config, "dump", "-f", "xenstore", "-");
        Assert.Equal(0, fromStdin.Exit);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
        Assert.NotEmpty(fromStdin.Stdout);
    }

    [Fact]
    public void Dump_reports_standard_input_under_its_name_and_reads_it_once()
    {
        var (exit, _, stderr) = CliRunner.RunWithStdin("channel = [ \"connection=PTY, name=org.example.a.0\" ]\n", "dump", "-f", "qemu", "--stdin-name", "piped.cfg", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("xlchan: piped.cfg: 1 error (exit status 1), at 1:25: XLC0107", stderr, StringComparison.Ordinal);
        Assert.EndsWith("; run xlchan lint - to see it with its fix\n", stderr, StringComparison.Ordinal);

        var twice = CliRunner.RunWithStdin(Config, "dump", "-f", "jsonl", "-", "-");
        Assert.Equal(2, twice.Exit);
        Assert.Contains("standard input (-) can be read once", twice.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_libvirt_reads_standard_input()
    {
        string xml = "<domain type='xen'><name>vm</name><devices><channel type='pty'><target type='xen' name='org.example.agent.0'/></channel></devices></domain>\n";
        var (exit, stdout, stderr) = CliRunner.RunWithStdin(xml, "import-libvirt", "--stdin-name", "vm.xml", "-");
        Assert.True(exit == 0, stderr);
        Assert.Equal("channel = [ \"connection=pty,name=org.example.agent.0\" ]\n", stdout);

        var broken = CliRunner.RunWithStdin("<domain", "import-libvirt", "--stdin-name", "vm.xml", "-");
        Assert.NotEqual(0, broken.Exit);
        Assert.StartsWith("vm.xml:", broken.Stderr, StringComparison.Ordinal);
    }
}
