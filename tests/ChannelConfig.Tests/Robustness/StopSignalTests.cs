using System.Diagnostics;
using System.Globalization;
using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 3: a run stopped by SIGTERM, SIGINT (Ctrl-C), SIGHUP or SIGQUIT while it writes
/// <c>-o OUT</c> leaves no temporary copy beside OUT, and OUT as it was. The signal reaches an
/// <c>xlchan</c> process in the middle of a write (its temporary file exists), as a user's Ctrl-C
/// or a CI runner's cancel would.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class StopSignalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-stop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    [InlineData("QUIT")]
    public async Task A_stopped_write_leaves_no_temporary_file_and_the_output_as_it_was(string signal)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");

        // 100,000 channels: dump -f jsonl takes seconds to write, so the signal comes mid-write.
        File.WriteAllBytes(Path.Combine(_dir, "big.cfg"), Inputs.Channels(100_000));
        string output = Path.Combine(_dir, "out.jsonl");
        File.WriteAllText(output, "old\n");
        var before = File.GetLastWriteTimeUtc(output);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { XlchanProcess.Dll, "dump", "-f", "jsonl", "-o", output, "big.cfg" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var waited = Stopwatch.StartNew();
        while (Temporaries().Length == 0 && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(1);
        }

        if (process.HasExited)
        {
            Assert.Fail($"xlchan finished before it could be stopped: exit {process.ExitCode}, {await stderr}");
        }

        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(30_000), $"xlchan did not stop on SIG{signal}");
        Assert.NotEqual(0, process.ExitCode);
        Assert.Empty(Temporaries());
        Assert.Equal("old\n", File.ReadAllText(output));
        Assert.Equal(before, File.GetLastWriteTimeUtc(output));
    }

    private string[] Temporaries() => Directory.GetFiles(_dir, ".*.tmp");
}
