using System.Diagnostics;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Adoption;

/// <summary>
/// The repository's <c>.pre-commit-hooks.yaml</c> run through real pre-commit (Debian's package;
/// .ci/run installs it): <c>pre-commit try-repo</c> builds xlchan with <c>language: dotnet</c> from
/// this working tree, installs it and runs the hook on a project's files, as a team's hook would.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class PreCommitHookTests
{
    [Fact]
    public void The_hook_builds_installs_and_lints_the_files_pre_commit_names()
    {
        if (!OnPath("pre-commit"))
        {
            Assert.Fail("pre-commit is not installed: apt-get install pre-commit (.ci/run does)");
        }

        string project = Directory.CreateTempSubdirectory("xlchan-precommit-").FullName;
        Run(project, "git", "init", "-q");
        File.WriteAllText(Path.Combine(project, "good.cfg"), "name = \"vm\"\nchannel = [ \"connection=pty, name=org.example.agent.0\" ]\n");
        File.WriteAllText(Path.Combine(project, "xlexample.hvm"), "name = \"vm\"\nchannel = [ \"connection=PTY, name=org.example.agent.0\" ]\n");
        File.WriteAllText(Path.Combine(project, "setup.cfg"), "[metadata]\nname = tool\n");
        File.WriteAllText(Path.Combine(project, "notes.txt"), "channel = [ \"connection=PTY\" ]\n");
        Directory.CreateDirectory(Path.Combine(project, "vendor"));
        File.WriteAllText(Path.Combine(project, "vendor", "theirs.cfg"), "channel = [ \"connection=PTY, name=x\" ]\n");
        File.WriteAllText(Path.Combine(project, ".xlchan.toml"), "exclude = [\"vendor/\"]\n");
        Run(project, "git", "add", ".");

        string home = Path.Combine(project, ".cache-home");
        var (exit, output) = Run(project, "pre-commit", ["try-repo", GoldenFile.RepositoryRoot, "xlchan-lint", "--all-files", "--verbose"], home);
        Assert.True(exit == 1, output);
        Assert.Contains("xlexample.hvm:2:25: error XLC0107", output, StringComparison.Ordinal);
        Assert.Contains("setup.cfg:1:1: info XLC0303", output, StringComparison.Ordinal);
        Assert.DoesNotContain("theirs.cfg", output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project, "xlexample.hvm"), "name = \"vm\"\n");
        Run(project, "git", "add", ".");
        (exit, output) = Run(project, "pre-commit", ["try-repo", GoldenFile.RepositoryRoot, "xlchan-lint", "--all-files"], home);
        Assert.True(exit == 0, output);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    private static (int Exit, string Output) Run(string directory, string file, string[] args, string? home = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        if (home is not null)
        {
            start.Environment["PRE_COMMIT_HOME"] = home;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(900_000), $"{file} timed out");
        return (process.ExitCode, stdout.Result + stderr);
    }

    private static (int Exit, string Output) Run(string directory, string file, params string[] args) => Run(directory, file, args, null);
}
