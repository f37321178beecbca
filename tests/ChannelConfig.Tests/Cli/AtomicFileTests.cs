using ChannelConfig.Cli.Files;

namespace ChannelConfig.Tests.Cli;

/// <summary>Writes never leave a half-written file: the original stays intact when anything fails.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_original_intact_and_no_temporary_file()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-atomic-").FullName;
        string target = Path.Combine(dir, "vm.cfg");
        Directory.CreateDirectory(target); // the rename over it fails after the temporary file is written
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, "new content\n"));
        Assert.True(Directory.Exists(target));
        Assert.Single(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_read_only_directory_fails_cleanly_and_keeps_the_file()
    {
        if (Environment.UserName == "root")
        {
            // root may write anywhere; the rename-over-a-directory case above covers the failure path.
            return;
        }

        string dir = Directory.CreateTempSubdirectory("xlchan-ro-").FullName;
        string target = Path.Combine(dir, "vm.cfg");
        File.WriteAllText(target, "old\n");
        File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var e = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, "new\n"));
            Assert.Contains("permission denied", e.Message, StringComparison.Ordinal);
            Assert.Equal("old\n", File.ReadAllText(target));
        }
        finally
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void The_file_mode_is_kept_and_a_symbolic_link_keeps_pointing_at_the_new_content()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-mode-").FullName;
        string real = Path.Combine(dir, "real.cfg");
        string link = Path.Combine(dir, "link.cfg");
        File.WriteAllText(real, "old\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(real, mode);
        File.CreateSymbolicLink(link, real);

        AtomicFile.Write(link, "new\n");

        Assert.Equal("new\n", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(mode, File.GetUnixFileMode(real));
        Assert.Equal(2, Directory.GetFileSystemEntries(dir).Length);
    }

    [Fact]
    public void Fix_in_place_writes_and_the_default_only_prints_a_diff()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=PTY,name=org.example.a.0\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("fix", path);
        Assert.Equal(0, exit);
        Assert.Contains("+channel = [ \"connection=pty,name=org.example.a.0\" ]", stdout, StringComparison.Ordinal);
        Assert.Equal("channel = [ \"connection=PTY,name=org.example.a.0\" ]\n", File.ReadAllText(path));

        Assert.Equal(0, CliRunner.Run("fix", "--in-place", path).Exit);
        Assert.Equal("channel = [ \"connection=pty,name=org.example.a.0\" ]\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_never_written()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=PTY,name=a\" \nbad\n");
        var (exit, _, stderr) = CliRunner.Run("channel", "add", path, "--connection", "pty", "--name", "org.example.b.0", "--in-place");
        Assert.Equal(1, exit);
        Assert.Contains("syntax errors", stderr, StringComparison.Ordinal);
        Assert.Equal("channel = [ \"connection=PTY,name=a\" \nbad\n", File.ReadAllText(path));
    }

    [Fact]
    public void Lint_and_dump_never_write()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=PTY,name=org.example.a.0\" ]\n");
        var before = File.GetLastWriteTimeUtc(path);
        CliRunner.Run("lint", path);
        CliRunner.Run("dump", path);
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }
}
