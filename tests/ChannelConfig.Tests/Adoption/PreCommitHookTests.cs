using System.Diagnostics;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Adoption;

/// <summary>
/// The repository's <c>.pre-commit-hooks.yaml</c> run through real pre-commit (Debian's package;
/// .ci/run installs it): pre-commit builds xlchan with <c>language: dotnet</c> from this working
/// tree, installs it and runs the hook on a project's files, as a team's hook would.
/// </summary>
/// <remarks>
/// The test does what <c>pre-commit try-repo REPO xlchan-lint</c> does (pre-commit 3's
/// try_repo.py): take this checkout's HEAD, or a shadow clone with one commit of the tracked
/// files' changes when there are any, write a config naming that repository, revision and hook,
/// and <c>pre-commit run</c> it. try-repo does that with a new temporary store each time, so each
/// run built xlchan again (a whole <c>dotnet pack</c> of the solution); here both runs share one
/// store, as a team's clones do, and the hook is built and installed once.
/// </remarks>
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

        // The store and the config are outside the project, whose files the hook lints.
        string outside = Directory.CreateTempSubdirectory("xlchan-precommit-store-").FullName;
        string home = Path.Combine(outside, "home");
        var (repository, revision) = HookRepository(outside);
        string config = Path.Combine(outside, "pre-commit-config.yaml");
        File.WriteAllText(config, $"repos:\n- repo: '{repository}'\n  rev: {revision}\n  hooks:\n  - id: xlchan-lint\n");
        var (exit, output) = Run(project, "pre-commit", ["run", "xlchan-lint", "--config", config, "--all-files", "--verbose"], home);
        Assert.True(exit == 1, output);
        Assert.Contains("xlexample.hvm:2:25: error XLC0107", output, StringComparison.Ordinal);
        Assert.Contains("setup.cfg:1:1: info XLC0303", output, StringComparison.Ordinal);
        Assert.DoesNotContain("theirs.cfg", output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project, "xlexample.hvm"), "name = \"vm\"\n");
        Run(project, "git", "add", ".");
        (exit, output) = Run(project, "pre-commit", ["run", "xlchan-lint", "--config", config, "--all-files"], home);
        Assert.True(exit == 0, output);
    }

    /// <summary>
    /// The repository and revision try-repo would run (try_repo._repo_ref): this checkout at HEAD,
    /// or, when tracked files differ from HEAD, a clone in <paramref name="work"/> with one more
    /// commit holding the staged files and every tracked file as it is in the working tree.
    /// </summary>
    private static (string Repository, string Revision) HookRepository(string work)
    {
        string root = GoldenFile.RepositoryRoot;
        string head = Git(root, null, "rev-parse", "HEAD");
        if (Run(root, "git", ["diff", "--quiet", "--no-ext-diff", "HEAD"]).Exit == 0)
        {
            return (root, head);
        }

        string shadow = Path.Combine(work, "shadow-repo");
        Git(work, null, "clone", "-q", root, shadow);
        Git(shadow, null, "checkout", "-q", head, "-b", "_pc_tmp");
        string gitDirectory = Path.Combine(shadow, ".git");
        var index = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = Path.Combine(gitDirectory, "index"), ["GIT_OBJECT_DIRECTORY"] = Path.Combine(gitDirectory, "objects") };
        string staged = Git(root, null, "diff", "--staged", "--name-only", "--no-ext-diff", "-z", "--diff-filter=ACMRTUXB");
        string[] stagedFiles = staged.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        if (stagedFiles.Length > 0)
        {
            Git(root, index, ["add", "--", .. stagedFiles]);
        }

        Git(root, index, "add", "-u");
        Git(shadow, null, "commit", "-q", "--no-edit", "--no-gpg-sign", "-n", "-m", "commit!");
        return (shadow, Git(shadow, null, "rev-parse", "HEAD"));
    }

    private static string Git(string directory, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), $"git {string.Join(' ', args)} timed out");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr}");
        return stdout.Result.Trim();
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
