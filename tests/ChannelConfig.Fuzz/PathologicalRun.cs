using System.Diagnostics;
using System.Globalization;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Runs every pathological case in a child process of its own (so each has a clean heap, a peak
/// memory of its own, and can be killed when it runs too long), and prints one line per case.
/// </summary>
internal static class PathologicalRun
{
    private static readonly TimeSpan CaseLimit = TimeSpan.FromMinutes(2);

    public static int Run(double scale)
    {
        int failures = 0;
        foreach (var (name, _) in PathologicalInputs.Cases)
        {
            var clock = Stopwatch.StartNew();
            var (exit, output) = RunChild(name, scale);
            string line = exit switch
            {
                0 => output.Trim(),
                null => $"case={name} TIMEOUT after {CaseLimit.TotalSeconds:F0} s",
                _ => $"case={name} FAILED exit={exit} {output.Trim()}",
            };
            failures += exit == 0 ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line} wallS={clock.Elapsed.TotalSeconds:F1}"));
        }

        Console.WriteLine($"pathological: {PathologicalInputs.Cases.Count} cases, {failures} failed or timed out (scale {scale.ToString(CultureInfo.InvariantCulture)})");
        return failures == 0 ? 0 : FuzzRunner.ExitFailures;
    }

    private static (int? Exit, string Output) RunChild(string name, double scale)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PathologicalRun).Assembly.Location);
        }

        foreach (string arg in new[] { "--pathological-case", name, "--scale", scale.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CaseLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (null, string.Empty);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
