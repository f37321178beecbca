using ChannelConfig.Diagnostics;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Files: <c>lint</c> and <c>dump</c> never write, <c>dump -o</c> writes atomically, and symbolic
/// links, unreadable files and special files give one-line errors (exit 2), never a crash or a hang.
/// </summary>
public sealed class FileSafetyTests : IDisposable
{
    private const string Hostile = "name = \"vm\"\nchannel = [ \"connection=socket,path=/run/$(touch pwned).sock,name=org.example.a.0\", \"connection=pty,name=b\" ]\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Lint_and_dump_never_write()
    {
        string file = Write("vm.cfg", Hostile);
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Write("sub/other.cfg", "memory = 512\n");
        var before = Snapshot();
        foreach (string format in new[] { "text", "json", "sarif", "github" })
        {
            CliRunner.Run("lint", "--format", format, _dir);
        }

        foreach (string format in new[] { "json", "jsonl", "xenstore", "xenstore-json", "xenstore-script", "libxl-json", "qemu" })
        {
            CliRunner.Run("dump", "--format", format, file);
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Dump_output_is_written_whole_with_no_temporary_file_left()
    {
        string file = Write("vm.cfg", Hostile);
        string output = Write("out.json", "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (exit, stdout, _) = CliRunner.Run("dump", "--format", "json", "-o", output, file);
        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        Assert.Equal(["out.json", "vm.cfg"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Dump_output_onto_a_symbolic_link_updates_its_target_and_keeps_the_link()
    {
        string file = Write("vm.cfg", Hostile);
        string target = Write("target.json", "old");
        string link = Path.Combine(_dir, "out.json");
        File.CreateSymbolicLink(link, "target.json");
        var (exit, _, _) = CliRunner.Run("dump", "--format", "json", "-o", link, file);
        Assert.Equal(0, exit);
        Assert.Equal("target.json", new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["out.json", "target.json", "vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Dump_output_into_a_missing_directory_is_a_one_line_error()
    {
        string file = Write("vm.cfg", Hostile);
        var (exit, _, stderr) = CliRunner.Run("dump", "-o", Path.Combine(_dir, "missing", "out.json"), file);
        AssertOneLineError(exit, stderr);
        Assert.Equal(["vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_is_read_through_under_its_own_name()
    {
        Write("vm.cfg", "memory = 512M\n");
        string link = Path.Combine(_dir, "link.cfg");
        File.CreateSymbolicLink(link, "vm.cfg");
        var (exit, stdout, _) = CliRunner.Run("lint", link);
        Assert.Equal(1, exit);
        Assert.StartsWith(link + ":1:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dangling")]
    [InlineData("loop")]
    public void Broken_symbolic_links_are_one_line_errors(string kind)
    {
        string link = Path.Combine(_dir, "link.cfg");
        File.CreateSymbolicLink(link, kind == "loop" ? "link.cfg" : "nowhere.cfg");
        foreach (string command in new[] { "lint", "dump" })
        {
            var (exit, _, stderr) = CliRunner.Run(command, link);
            AssertOneLineError(exit, stderr);
        }
    }

    [Fact]
    public void An_unreadable_file_is_a_one_line_error()
    {
        string file = Write("secret.cfg", "memory = 512\n");
        File.SetUnixFileMode(file, UnixFileMode.None);
        bool readable;
        try
        {
            File.ReadAllBytes(file);
            readable = true;
        }
        catch (UnauthorizedAccessException)
        {
            readable = false;
        }

        Assert.SkipWhen(readable, "running as root: permissions cannot make the file unreadable");
        var (exit, _, stderr) = CliRunner.Run("lint", file);
        AssertOneLineError(exit, stderr);
        Assert.Contains("permission denied", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_in_a_linted_directory_does_not_hang()
    {
        Write("vm.cfg", "memory = 512\n");
        string fifo = Path.Combine(_dir, "pipe.cfg");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var lint = Task.Run(() => CliRunner.Run("lint", _dir), TestContext.Current.CancellationToken);
        bool finished = await Task.WhenAny(lint, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)) == lint;
        if (!finished)
        {
            await File.WriteAllTextAsync(fifo, string.Empty, TestContext.Current.CancellationToken); // Unblock the reader before failing.
        }

        Assert.True(finished, "lint of a directory holding a FIFO did not finish");
    }

    [Fact]
    public void A_device_that_never_ends_gives_a_clean_error()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "no /dev/zero here");
        var (exit, _, stderr) = CliRunner.Run("lint", "/dev/zero");
        AssertOneLineError(exit, stderr);
        Assert.Contains("larger than 256 MiB", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_named_on_the_command_line_is_read_like_a_file()
    {
        // As with bash's `xlchan lint <(generate-config)`: a writer comes, the lint reads the stream.
        string fifo = Path.Combine(_dir, "stream.cfg");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, "memory = \"512\"\nmemory = 1024\n"), TestContext.Current.CancellationToken);
        var (exit, stdout, _) = CliRunner.Run("lint", fifo);
        await writer;
        Assert.Equal(0, exit);
        Assert.Contains(DiagnosticCatalog.DuplicateSetting.Id, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_larger_than_the_limit_gives_a_clean_error()
    {
        var stdin = new ChannelConfig.Tests.Robustness.EndlessStream();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ChannelConfig.Cli.XlchanApp.Run(["lint", "-"], stdout, stderr, () => stdin);
        AssertOneLineError(exit, stderr.ToString());
        Assert.Contains("larger than 256 MiB", stderr.ToString(), StringComparison.Ordinal);
    }

    private static void AssertOneLineError(int exit, string stderr)
    {
        Assert.Equal(2, exit);
        Assert.StartsWith("xlchan: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    private string Write(string relative, string content)
    {
        string path = Path.Combine(_dir, relative);
        File.WriteAllText(path, content);
        return path;
    }

    private List<(string, long, DateTime)> Snapshot() =>
        [.. new DirectoryInfo(_dir).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(f => (f.FullName, f is FileInfo file ? file.Length : -1, f.LastWriteTimeUtc))
            .Order()];
}
