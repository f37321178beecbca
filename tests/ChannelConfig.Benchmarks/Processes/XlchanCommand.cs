using System.Diagnostics;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>
/// How to start xlchan: a framework-dependent <c>xlchan.dll</c> runs under <c>dotnet</c>; anything
/// else (the apphost of a ReadyToRun publish) runs directly.
/// </summary>
internal sealed record XlchanCommand(string Path)
{
    /// <summary>Runs xlchan with <paramref name="arguments"/>, discarding its output; returns the wall time and exit code.</summary>
    public (TimeSpan Wall, int ExitCode, string LastLine) Run(params string[] arguments)
    {
        bool dll = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(dll ? "dotnet" : Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll)
        {
            info.ArgumentList.Add(Path);
        }

        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        string lastLine = string.Empty;
        long start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {Path}");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lastLine = line;
        }

        process.WaitForExit();
        return (Stopwatch.GetElapsedTime(start), process.ExitCode, lastLine);
    }
}
