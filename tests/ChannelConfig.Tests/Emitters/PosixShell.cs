using System.Diagnostics;
using System.Text;

namespace ChannelConfig.Tests.Emitters;

/// <summary>Runs /bin/sh for the tests that check shell quoting with a real shell.</summary>
internal static class PosixShell
{
    public static bool Available => File.Exists("/bin/sh");

    /// <summary>Runs <c>sh ARGS...</c> and returns its exit status and output.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
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

    /// <summary>Lets the shell split a command line into words, and returns them.</summary>
    public static IReadOnlyList<string> Words(string commandLine)
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-words-").FullName;
        try
        {
            string script = Path.Combine(dir, "words.sh");
            File.WriteAllText(script, "set -- " + commandLine + "\nfor word do printf '%s\\0' \"$word\"; done\n", new UTF8Encoding(false));
            var (exit, stdout, stderr) = Run(dir, script);
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain(Directory.GetFiles(dir), f => Path.GetFileName(f) != "words.sh");
            return stdout.Split('\0')[..^1];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
