using System.Diagnostics;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>Runs the built <c>xlchan</c> as a separate process, as users and CI do.</summary>
internal static class XlchanProcess
{
    /// <summary>The built tool next to the tests (the test project references it).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "xlchan.dll");

    public static (int Exit, string Stdout, string Stderr) RunWith(string workingDirectory, string? stdin, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("NO_COLOR");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"xlchan {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }

    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWith(workingDirectory, null, null, args);
}
