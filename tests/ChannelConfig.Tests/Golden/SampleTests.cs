using System.Diagnostics;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Golden;

/// <summary>
/// The samples stay true: the lint output committed beside each sample is what the tool prints,
/// the KVM translation is what it produces, the README's commands work as written, and the
/// library sample builds and runs.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class SampleTests
{
    private static string Root => GoldenFile.RepositoryRoot;

    [Theory]
    [InlineData("samples/channel-mistakes.cfg")]
    [InlineData("samples/syntax-mistakes.cfg")]
    [InlineData("samples/type-2014-spelling.cfg")]
    [InlineData("samples/cloud-first-boot.cfg")]
    public void Each_sample_has_its_lint_output_beside_it(string sample)
    {
        var (_, stdout, _) = InRoot(() => CliRunner.Run("lint", sample));
        GoldenFile.AssertMatches(Path.ChangeExtension(sample, ".lint.txt"), stdout);
    }

    [Fact]
    public void The_kvm_translation_sample_is_what_the_tool_produces()
    {
        GoldenFile.AssertMatches("samples/kvm/cloud-first-boot.qemu.txt", InRoot(() => CliRunner.Run("dump", "--format", "kvm", "samples/cloud-first-boot.cfg")).Stdout);
        GoldenFile.AssertMatches("samples/kvm/cloud-first-boot.libvirt.xml", InRoot(() => CliRunner.Run("dump", "--format", "kvm-libvirt", "samples/cloud-first-boot.cfg")).Stdout);
    }

    [Fact]
    public void The_readme_gives_the_two_setup_commands_and_their_output_is_true()
    {
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains("dotnet run --project src/ChannelConfig.Cli -- lint samples/channel-mistakes.cfg\ndotnet test\n", readme, StringComparison.Ordinal);
        var (exit, stdout, _) = InRoot(() => CliRunner.Run("lint", "samples/channel-mistakes.cfg"));
        Assert.Equal(1, exit);
        string shown = string.Join('\n', stdout.Split('\n').Take(4));
        Assert.Contains(shown, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_sample_builds_and_runs()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("xlchan-sample-").FullName, "out.cfg");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { "run", "--project", "samples/LibraryUsage", "--", "samples/cloud-first-boot.cfg", output })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(300_000));
        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Contains("xl's verdict: Accepted", stdout, StringComparison.Ordinal);
        Assert.Contains("channel 1: org.example.cloud.agent.0 (Socket /run/xen/web-01-agent.sock)", stdout, StringComparison.Ordinal);
        Assert.Contains("+    \"connection=socket, path=/run/xen/backup.sock, name=org.example.backup.0\",", stdout, StringComparison.Ordinal);
        Assert.Contains("org.example.backup.0", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private static readonly object CurrentDirectoryLock = new();

    /// <summary>Runs in the repository root, as the README's commands do (paths in output are relative).</summary>
    private static T InRoot<T>(Func<T> action)
    {
        lock (CurrentDirectoryLock)
        {
            string previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Root;
            try
            {
                return action();
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }
}
