using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Cli;

/// <summary>A mistyped command line is a usage error that says what is wrong and what was meant, never a file name or a .NET type.</summary>
public sealed class CommandLineMistakeTests
{
    private static readonly string Sample = CliRunner.TempFile("memory = 512\n");

    [Theory]
    [InlineData("lint --werorr FILE", "unknown option `--werorr` for xlchan lint (did you mean `--werror`?)")]
    [InlineData("fix --in-plac FILE", "unknown option `--in-plac` for xlchan fix (did you mean `--in-place`?)")]
    [InlineData("lint --formt=json FILE", "unknown option `--formt` for xlchan lint (did you mean `--format`?)")]
    [InlineData("dump -x FILE", "unknown option `-x` for xlchan dump (see")]
    [InlineData("--versio", "unknown option `--versio` for xlchan (did you mean `--version`?)")]
    [InlineData("lnt FILE", "unknown command `lnt` (did you mean `lint`?): the commands are lint, dump, explain, channel, fix, import-libvirt")]
    [InlineData("lint --domid -1 FILE", "--domid -1: the guest's domain id is a whole number from 1 to 32751")]
    [InlineData("dump --domid 0 FILE", "(0 is Domain-0, the host itself")]
    [InlineData("lint --domid 40000 FILE", "from 1 to 32751")]
    [InlineData("lint -j 0 FILE", "--jobs 0: the number of files linted at once is a whole number from 1 to 1024")]
    [InlineData("lint --jobs many FILE", "--jobs many:")]
    [InlineData("lint --xen 5.0 FILE", "--xen 5.0: not a Xen release xlchan models; write 4.5 to 4.22")]
    [InlineData("dump --xen 4.4 FILE", "--xen 4.4: not a Xen release xlchan models")]
    [InlineData("lint --color sometimes FILE", "sometimes")]
    public void Mistakes_are_usage_errors_with_the_nearest_name(string commandLine, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.Run([.. commandLine.Split(' ').Select(a => a == "FILE" ? Sample : a)]);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_dash_ends_the_options_for_a_file_that_starts_with_a_dash()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-dash-").FullName;
        string name = "-vm.cfg";
        File.WriteAllText(Path.Combine(dir, name), "memory = 512\n");
        string previous = Environment.CurrentDirectory;
        var (exit, stdout, stderr) = CliRunner.Run("lint", "--", Path.Combine(dir, name));
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("1 file, 0 errors", stdout, StringComparison.Ordinal);
        Assert.Equal(previous, Environment.CurrentDirectory);
    }

    [Fact]
    public void Negative_numbers_and_standard_input_are_not_taken_for_options()
    {
        var (_, _, stderr) = CliRunner.Run("lint", "--domid", "-5", Sample);
        Assert.DoesNotContain("unknown option", stderr, StringComparison.Ordinal);
        using var stdout = new StringWriter();
        using var stderrWriter = new StringWriter();
        int exit = ChannelConfig.Cli.XlchanApp.Run(["lint", "-"], stdout, stderrWriter, () => new MemoryStream("memory = 512\n"u8.ToArray()));
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Color_always_and_never_override_the_terminal_check()
    {
        string path = CliRunner.TempFile("vcpus 2\n");
        Assert.Contains("\u001b[", CliRunner.Run("lint", "--color", "always", path).Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", CliRunner.Run("lint", "--color", "never", path).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dump_that_exits_1_says_why_on_stderr()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=SOCKET, path=/run/a.sock, name=org.example.a.0\", \"connection=PTY, name=org.example.b.0\" ]\n");
        var (exit, stdout, stderr) = CliRunner.Run("dump", "-f", "xenstore", path);
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal($"xlchan: {path}: 2 errors (exit status 1), the first at 1:25: XLC0107: ", stderr[..stderr.IndexOf("XLC0107: ", StringComparison.Ordinal)] + "XLC0107: ");
        Assert.EndsWith($"; run xlchan lint {path} to see them all\n", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Help_states_each_default_once()
    {
        var (_, stdout, _) = CliRunner.Run("lint", "--help");
        foreach (string line in stdout.Split('\n').Where(l => l.Contains("[default:", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("default:", line[..line.IndexOf("[default:", StringComparison.Ordinal)], StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("(default)", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("lint", "--help")]
    [InlineData("dump", "--help")]
    [InlineData("fix", "--help")]
    [InlineData("channel", "add", "--help")]
    [InlineData("import-libvirt", "--help")]
    public void Help_sent_to_a_file_or_pipe_is_wrapped_to_80_columns_and_names_long_value_lists_in_its_description(params string[] args)
    {
        var (exit, stdout, _) = XlchanProcess.RunWith(Path.GetTempPath(), null, new Dictionary<string, string?> { ["COLUMNS"] = null }, args);
        Assert.Equal(0, exit);
        Assert.All(stdout.ReplaceLineEndings("\n").Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"{line.TrimEnd().Length} columns: {line}"));
        if (args[0] == "dump")
        {
            Assert.Contains("-f, --format <format>", stdout, StringComparison.Ordinal);
            string description = string.Join(' ', stdout.Split('\n').Select(l => l.Trim()));
            Assert.All(ChannelConfig.Cli.Commands.DumpFormats.All, format => Assert.Matches($@"(^|[ ;]){System.Text.RegularExpressions.Regex.Escape(format)}[:,]", description));
        }
    }

    [Fact]
    public void Help_follows_COLUMNS_when_it_is_set()
    {
        var (_, stdout, _) = XlchanProcess.RunWith(Path.GetTempPath(), null, new Dictionary<string, string?> { ["COLUMNS"] = "120" }, "lint", "--help");
        var lengths = stdout.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd().Length).ToList();
        Assert.All(lengths, n => Assert.True(n <= 120, $"{n} columns"));
        Assert.Contains(lengths, n => n > 80);
    }
}
