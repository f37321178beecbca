using System.Diagnostics;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>Runs the built <c>xlchan</c> as a separate process, as users and CI do.</summary>
internal static class XlchanProcess
{
    /// <summary>The built tool next to the tests (the test project references it).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "xlchan.dll");

    /// <summary>
    /// Another build to test instead, from <c>XLCHAN_EXECUTABLE</c> (.ci/run sets it to the native
    /// NativeAOT executable and runs the command-line tests again, so both builds stay equal); null
    /// for the framework-dependent build beside the tests.
    /// </summary>
    public static string? Executable => Environment.GetEnvironmentVariable("XLCHAN_EXECUTABLE") is { Length: > 0 } path ? path : null;

    public static (int Exit, string Stdout, string Stderr) RunWith(string workingDirectory, string? stdin, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Executable is null)
        {
            start.ArgumentList.Add(Dll);
        }

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
