using System.Diagnostics;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>Runs <c>dotnet</c> (pack, tool install) or an installed tool, as the packaging tests do.</summary>
internal static class ToolProcess
{
    /// <summary>Runs <paramref name="file"/> and returns its exit status and output; a failing <c>dotnet</c> fails the test with its output.</summary>
    public static (int Exit, string Output) Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(900_000), $"{file} {string.Join(' ', args)} timed out");
        string output = stdout.Result + stderr;
        if (file == "dotnet")
        {
            Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed:\n{output}");
        }

        return (process.ExitCode, output);
    }
}
