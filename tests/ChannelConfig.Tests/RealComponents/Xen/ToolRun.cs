using System.Diagnostics;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>What a program did: its exit status (128 + the signal when it died on one) and its output bytes.</summary>
internal sealed record ToolResult(int Exit, byte[] Stdout, byte[] Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    public string StderrText => Encoding.UTF8.GetString(Stderr);

    /// <summary>A one-line account for assertion messages.</summary>
    public string Describe(string what) => $"{what} exited {Exit}; stderr: {StderrText}";
}

/// <summary>Runs one program with a time limit, killing it and its children when it overruns.</summary>
internal static class ToolRun
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static ToolResult Run(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("LD_PRELOAD");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var copies = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(stdout), process.StandardError.BaseStream.CopyToAsync(stderr));
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalSeconds} s");
        }

        copies.Wait(limit);
        return new ToolResult(process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }
}
