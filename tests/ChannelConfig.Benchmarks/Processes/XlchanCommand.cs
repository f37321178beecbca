using System.Diagnostics;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>
/// How to start xlchan: a framework-dependent <c>xlchan.dll</c> runs under <c>dotnet</c>; anything
/// else (the native executable of a NativeAOT publish, or an apphost) runs directly.
/// </summary>
internal sealed record XlchanCommand(string Path)
{
    /// <summary>GNU time, which reports a child's peak resident memory (Debian's package <c>time</c>).</summary>
    public const string GnuTime = "/usr/bin/time";

    /// <summary>Runs xlchan with <paramref name="arguments"/>, discarding its output; returns the wall time and exit code.</summary>
    public (TimeSpan Wall, int ExitCode, string LastLine) Run(params string[] arguments) => Run(null, arguments);

    /// <summary>Runs xlchan under GNU time and returns its peak resident memory in kilobytes (the wall time includes GNU time's own start).</summary>
    public long PeakKilobytes(params string[] arguments)
    {
        string report = System.IO.Path.GetTempFileName();
        try
        {
            Run(report, arguments);
            return long.Parse(File.ReadAllLines(report).Last(l => l.Length > 0), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private (TimeSpan Wall, int ExitCode, string LastLine) Run(string? peakReport, string[] arguments)
    {
        bool dll = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(peakReport is not null ? GnuTime : dll ? "dotnet" : Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (peakReport is not null)
        {
            foreach (string a in new[] { "-f", "%M", "-o", peakReport, dll ? "dotnet" : Path })
            {
                info.ArgumentList.Add(a);
            }
        }

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
