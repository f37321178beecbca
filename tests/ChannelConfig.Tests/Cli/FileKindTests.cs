using ChannelConfig.Cli;

namespace ChannelConfig.Tests.Cli;

/// <summary><see cref="FileKinds.Of"/>: what a path names, following symbolic links, from libc's <c>statx</c>.</summary>
public sealed class FileKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-kind-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Regular_files_directories_and_missing_paths()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "statx is Linux's");
        string file = Path.Combine(_dir, "vm.cfg");
        File.WriteAllText(file, "memory = 512\n");
        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_dir));
        Assert.Equal(FileKind.Unknown, FileKinds.Of(Path.Combine(_dir, "absent.cfg")));
    }

    [Fact]
    public void Symbolic_links_are_followed_and_a_dangling_one_is_unknown()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "statx is Linux's");
        string file = Path.Combine(_dir, "vm.cfg");
        File.WriteAllText(file, "memory = 512\n");
        File.CreateSymbolicLink(Path.Combine(_dir, "link.cfg"), file);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub"), _dir);
        File.CreateSymbolicLink(Path.Combine(_dir, "dangling.cfg"), Path.Combine(_dir, "absent.cfg"));
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(_dir, "link.cfg")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(Path.Combine(_dir, "sub")));
        Assert.Equal(FileKind.Unknown, FileKinds.Of(Path.Combine(_dir, "dangling.cfg")));
    }

    [Fact]
    public void Fifos_and_devices_are_special()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/dev/null"), "statx is Linux's");
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        string fifo = Path.Combine(_dir, "pipe.cfg");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
    }
}
