using System.Diagnostics;
using System.Text.RegularExpressions;
using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 7: a file written by rename is durable only once its directory is synced, so
/// every write (<c>dump -o</c>, <c>fix -i</c>, <c>channel … -i</c>) syncs the file, renames it
/// into place and then syncs the directory. Checked on the system calls themselves, as
/// <c>strace</c> sees them: after the rename to the target, a descriptor opened on the target's
/// directory is passed to <c>fsync</c>.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed partial class DirectorySyncTests : IDisposable
{
    private const string Strace = "/usr/bin/strace";
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-sync-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("dump -o out.json vm.cfg", "out.json")]
    [InlineData("fix -i vm.cfg", "vm.cfg")]
    [InlineData("channel add -i vm.cfg --name org.example.added.0 --connection pty", "vm.cfg")]
    public void A_write_syncs_the_file_renames_it_and_syncs_the_directory(string command, string target)
    {
        Assert.True(File.Exists(Strace), "strace is missing: install it (bash .ci/install-components)");
        File.WriteAllText(Path.Combine(_dir, "vm.cfg"), "channel = [ \"connection=PTY, name=org.example.agent.0\" ]\n");
        string trace = Path.Combine(_dir, "calls.trace");
        var start = new ProcessStartInfo(Strace) { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-f", "-qq", "-e", "trace=openat,open,rename,renameat,renameat2,fsync,fdatasync", "-o", trace, "dotnet", XlchanProcess.Dll }.Concat(command.Split(' ')))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.SkipWhen(stderr.Contains("PTRACE_TRACEME", StringComparison.Ordinal) || stderr.Contains("ptrace", StringComparison.OrdinalIgnoreCase), "ptrace is not allowed here: " + stderr);
        Assert.True(process.ExitCode is 0 or 1, $"xlchan {command} under strace: exit {process.ExitCode}, {stderr}");

        string[] calls = File.ReadAllLines(trace);
        string targetPath = Path.Combine(_dir, target);
        int rename = Array.FindLastIndex(calls, c => RenameCall().Match(c) is { Success: true } m && m.Groups["to"].Value == targetPath);
        Assert.True(rename >= 0, $"no rename to {targetPath}:\n{string.Join('\n', calls.TakeLast(30))}");

        string renamed = RenameCall().Match(calls[rename]).Groups["from"].Value;
        Assert.Equal(_dir, Path.GetDirectoryName(renamed));
        int fileSync = Array.FindLastIndex(calls, rename, c => SyncCall().IsMatch(c));
        Assert.True(fileSync >= 0, $"the temporary file {renamed} is not synced before its rename");

        // After the rename: the directory opened, and that descriptor synced.
        var directoryOpen = calls.Skip(rename + 1).Select(c => OpenCall().Match(c)).FirstOrDefault(m => m.Success && m.Groups["path"].Value == _dir);
        Assert.True(directoryOpen is not null, $"the directory is not opened after the rename:\n{string.Join('\n', calls.Skip(rename))}");
        string fd = directoryOpen.Groups["fd"].Value;
        Assert.Contains(calls.Skip(rename + 1), c => SyncCall().Match(c) is { Success: true } m && m.Groups["fd"].Value == fd);
    }

    [GeneratedRegex("""rename(?:at2?)?\((?:AT_FDCWD, )?"(?<from>[^"]+)", (?:AT_FDCWD, )?"(?<to>[^"]+)".*\) = 0""")]
    private static partial Regex RenameCall();

    [GeneratedRegex("""open(?:at)?\((?:AT_FDCWD, )?"(?<path>[^"]+)", [^)]*\) = (?<fd>\d+)""")]
    private static partial Regex OpenCall();

    [GeneratedRegex("""f(?:data)?sync\((?<fd>\d+)\) += 0""")]
    private static partial Regex SyncCall();
}
