using System.Diagnostics;
using System.Runtime.InteropServices;
using ChannelConfig.Cli.Files;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// A stop signal removes temporary files not yet renamed into place. The signal goes to the test
/// process itself, and its handler removes every pending temporary file of the process, so this
/// runs alone (in the serial collection), never beside another test's write.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class TemporaryFileSignalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-signal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_stop_signal_removes_a_temporary_file_not_yet_renamed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");

        // The test process survives its own SIGHUP because this registration cancels the default action.
        using var keepAlive = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => context.Cancel = true);
        var temp = TemporaryFile.Create(_dir, "vm.cfg");
        temp.Stream.Write("vncpasswd = \"SECRET\"\n"u8);
        temp.Stream.Flush();
        using (var kill = Process.Start("kill", ["-HUP", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var waited = Stopwatch.StartNew();
        while (File.Exists(temp.Path) && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }

        Assert.False(File.Exists(temp.Path), "the temporary file was left after SIGHUP");
        temp.Dispose();
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }
}
