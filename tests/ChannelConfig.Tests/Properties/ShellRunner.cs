using System.Diagnostics;
using System.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>Runs /bin/sh in a scratch directory, with optional stub commands that log their arguments.</summary>
internal sealed class ShellRunner : IDisposable
{
    public ShellRunner()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("xlchan-sh-").FullName;
        Bin = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "bin")).FullName;
    }

    /// <summary>The scratch directory: scripts run here, so a command that escaped its quotes would leave files here.</summary>
    public string Directory { get; }

    private string Bin { get; }

    private string Log => Path.Combine(Directory, "stub.log");

    /// <summary>Adds stub commands that append <c>NAME\0ARG\0…\0\n</c> to the log.</summary>
    public void AddStubs(params string[] names)
    {
        foreach (string name in names)
        {
            string stub = Path.Combine(Bin, name);
            File.WriteAllText(stub, $"#!/bin/sh\nprintf '%s\\0' '{name}' \"$@\" >> '{Log}'\nprintf '\\n' >> '{Log}'\n");
            File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The stub calls so far, each as its words (the command name first); the log is then emptied.</summary>
    public List<string[]> TakeCalls()
    {
        if (!File.Exists(Log))
        {
            return [];
        }

        var calls = File.ReadAllText(Log, Encoding.UTF8).Split("\0\n", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('\0')).ToList();
        File.Delete(Log);
        return calls;
    }

    /// <summary>Writes a script file in the scratch directory and returns its path.</summary>
    public string WriteScript(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs <c>sh ARGS…</c> with the stubs first on PATH.</summary>
    public (int Exit, string Output) Sh(params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Bin + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    /// <summary>Lets the shell split a command line into words.</summary>
    public string[] Words(string commandLine)
    {
        string script = WriteScript("words.sh", "set -- " + commandLine + "\nfor word do printf '%s\\0' \"$word\"; done\n");
        var (exit, output) = Sh(script);
        Assert.True(exit == 0, output);
        return output.Split('\0')[..^1];
    }

    /// <summary>Fails when a <c>touch pwned</c> hidden in a value ran: it would have made a file named <c>pwned</c> (or <c>pwned-title</c>) here.</summary>
    public void AssertNothingRan() =>
        Assert.DoesNotContain(
            System.IO.Directory.EnumerateFileSystemEntries(Directory, "pwned*", SearchOption.AllDirectories),
            path => Path.GetFileName(path) is "pwned" or "pwned-title");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
