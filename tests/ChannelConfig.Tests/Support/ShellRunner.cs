using System.Diagnostics;
using System.Text;

namespace ChannelConfig.Tests.Support;

/// <summary>
/// Runs /bin/sh for the tests that check shell quoting and generated scripts with a real shell:
/// either once in a directory of the test's own (the static <c>Run</c>), or in a scratch directory of
/// its own with optional stub commands that log their arguments (an instance).
/// </summary>
internal sealed class ShellRunner : IDisposable
{
    public ShellRunner()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("xlchan-sh-").FullName;
    }

    /// <summary>Whether there is a /bin/sh to run (tests skip without it).</summary>
    public static bool Available => File.Exists("/bin/sh");

    /// <summary>The scratch directory: scripts run here, so a command that escaped its quotes would leave files here.</summary>
    public string Directory { get; }

    /// <summary>The stubs' directory, put first on PATH; made by the first <see cref="AddStubs"/>, so a runner without stubs leaves its directory empty.</summary>
    private string Bin => Path.Combine(Directory, "bin");

    private string Log => Path.Combine(Directory, "stub.log");

    /// <summary>Runs <c>sh ARGS…</c> in <paramref name="workingDirectory"/> and returns its exit status and its output and error output apart.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, path: null, args);

    /// <summary>Adds stub commands that append <c>NAME\0ARG\0…\0\n</c> to the log.</summary>
    public void AddStubs(params string[] names)
    {
        System.IO.Directory.CreateDirectory(Bin);
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

    /// <summary>Runs <c>sh ARGS…</c> in the scratch directory with the stubs first on PATH; the output is the standard output then the error output.</summary>
    public (int Exit, string Output) Sh(params string[] args)
    {
        var (exit, stdout, stderr) = Run(Directory, Bin + ":" + Environment.GetEnvironmentVariable("PATH"), args);
        return (exit, stdout + stderr);
    }

    /// <summary>Lets the shell split a command line into words, and fails if splitting it left any new file behind.</summary>
    public string[] Words(string commandLine)
    {
        string script = WriteScript("words.sh", "set -- " + commandLine + "\nfor word do printf '%s\\0' \"$word\"; done\n");
        var before = System.IO.Directory.GetFileSystemEntries(Directory);
        var (exit, output) = Sh(script);
        Assert.True(exit == 0, output);
        Assert.Empty(System.IO.Directory.GetFileSystemEntries(Directory).Except(before));
        return output.Split('\0')[..^1];
    }

    /// <summary>Fails when a <c>touch pwned</c> hidden in a value ran: it would have made a file named <c>pwned</c> (or <c>pwned-title</c>) here.</summary>
    public void AssertNothingRan() =>
        Assert.DoesNotContain(
            System.IO.Directory.EnumerateFileSystemEntries(Directory, "pwned*", SearchOption.AllDirectories),
            path => Path.GetFileName(path) is "pwned" or "pwned-title");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, string? path, string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
