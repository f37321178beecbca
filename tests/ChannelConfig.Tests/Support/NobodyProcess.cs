using System.Diagnostics;
using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Support;

/// <summary>
/// Runs xlchan as user nobody (uid and gid 65534) when the tests run as root, so that file
/// permissions mean what they mean for an ordinary user; otherwise as the user running the tests.
/// </summary>
internal static class NobodyProcess
{
    /// <summary>User and group id of nobody.</summary>
    public const uint Id = 65534;

    /// <summary>True when the tests run as root (and xlchan is run as nobody).</summary>
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>
    /// The tool's files copied once a run where user nobody can reach them: the checkout may lie
    /// below a directory only its owner may enter (<c>mktemp -d</c> makes them 0700), and the
    /// build output in it is then out of nobody's reach. Removed when the run ends.
    /// </summary>
    private static readonly Lazy<string> NobodysXlchan = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), $"xlchan-as-nobody-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        File.SetUnixFileMode(dir, (UnixFileMode)Convert.ToInt32("0755", 8));
        foreach (string file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            string name = Path.GetFileName(file);
            if (name.EndsWith(".dll", StringComparison.Ordinal) || name.StartsWith("xlchan.", StringComparison.Ordinal))
            {
                string copy = Path.Combine(dir, name);
                File.Copy(file, copy, overwrite: true);
                File.SetUnixFileMode(copy, (UnixFileMode)Convert.ToInt32("0644", 8));
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dir, recursive: true);
        return Path.Combine(dir, "xlchan.dll");
    });

    /// <summary>Runs xlchan as nobody (as root) or as this user, in <paramref name="workingDirectory"/>, which is also its home.</summary>
    /// <param name="workingDirectory">Where it runs; nobody must be able to enter it.</param>
    /// <param name="args">xlchan's arguments.</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var start = IsRoot
            ? new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", NobodysXlchan.Value, .. args])
            : new ProcessStartInfo("dotnet", [XlchanProcess.Dll, .. args]);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_CLI_HOME"] = workingDirectory;
        start.Environment["HOME"] = workingDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
