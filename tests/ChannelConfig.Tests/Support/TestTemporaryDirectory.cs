using System.Runtime.CompilerServices;

namespace ChannelConfig.Tests.Support;

/// <summary>
/// Every temporary file and directory the tests make (and the processes they start) goes below
/// one directory of this run, removed when the run ends: the tests make thousands of them, and
/// left in the system's temporary folder they piled up run after run.
/// </summary>
internal static class TestTemporaryDirectory
{
    /// <summary>Points <c>TMPDIR</c> (which <see cref="Path.GetTempPath"/> and child processes read) at a new directory of this run.</summary>
#pragma warning disable CA2255 // The test assembly must redirect temporary files before any test class is made.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        string root = Directory.CreateTempSubdirectory("xlchan-tests-").FullName;

        // Like /tmp: every user may make entries (tests run the tool as user nobody), and only remove their own.
        File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("1777", 8));
        Environment.SetEnvironmentVariable("TMPDIR", root + "/");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
    }

    /// <summary>
    /// Removes the run's directory. .NET cannot remove everything the tests make (a path beyond
    /// 4,096 bytes, a name that is not UTF-8), so <c>rm -rf</c> takes what it leaves.
    /// </summary>
    private static void Remove(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"test cleanup: {e.GetType().Name}: {e.Message}");
        }

        try
        {
            using var rm = System.Diagnostics.Process.Start("rm", ["-rf", "--", root]);
            rm.WaitForExit(60_000);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No rm: left for the system's cleaner, one directory rather than thousands.
        }
    }
}
