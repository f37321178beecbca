using ChannelConfig.Diagnostics;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelConfig.Tests.EndToEnd;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Adoption;

/// <summary>
/// The composite GitHub Action (action.yml): its step is the script action/lint.sh, run here as the
/// runner would run it (GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_OUTPUT and the inputs' variables).
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed partial class GitHubActionTests
{
    [Fact]
    public void Every_input_reaches_the_script_and_every_output_is_written_by_it()
    {
        string action = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot, "action.yml"));
        string script = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot, "action", "lint.sh"));
        var inputs = InputName().Matches(action[action.IndexOf("inputs:", StringComparison.Ordinal)..action.IndexOf("outputs:", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["paths", "format", "sarif-file", "args", "dotnet-version"], inputs);
        Assert.All(inputs, i => Assert.Contains($"${{{{ inputs.{i} }}}}", action, StringComparison.Ordinal));
        foreach (Match m in EnvVariable().Matches(action))
        {
            Assert.Contains(m.Groups[1].Value, script, StringComparison.Ordinal);
        }

        Assert.Contains("echo \"sarif-file=", script, StringComparison.Ordinal);
        Assert.Contains("echo \"exit-code=", script, StringComparison.Ordinal);
        Assert.Contains("bash \"$GITHUB_ACTION_PATH/action/lint.sh\"", action, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_builds_xlchan_writes_sarif_and_fails_as_lint_does()
    {
        // The runner's temporary folder is the one the packaging test's packages were built in:
        // the step's `dotnet pack` (the same command, into RUNNER_TEMP/xlchan-action/artifacts)
        // then finds that build instead of making it again, and packs, installs and runs as it
        // would in a fresh RUNNER_TEMP.
        string runnerTemp = ToolPackages.Work;
        _ = ToolPackages.Plain;
        string workspace = Directory.CreateTempSubdirectory("xlchan-workspace-").FullName;
        Directory.CreateDirectory(Path.Combine(workspace, "configs"));
        File.WriteAllText(Path.Combine(workspace, "configs", "bad.cfg"), "channel = [ \"connection=PTY, name=org.example.agent.0\" ]\n");
        File.WriteAllText(Path.Combine(workspace, "configs", "good.cfg"), "name = \"vm\"\n");

        var sarif = Step(workspace, runnerTemp, new() { ["XLCHAN_PATHS"] = "configs", ["XLCHAN_ARGS"] = "--xen 4.20.1" });
        Assert.True(sarif.Exit == 1, sarif.Output);
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace, "xlchan.sarif"))).RootElement.GetProperty("runs")[0];
        Assert.Equal(DiagnosticCatalog.ConnectionCase.Id, Assert.Single(run.GetProperty("results").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Equal("4.20.1", run.GetProperty("properties").GetProperty("xenReleases")[0].GetString());
        Assert.Contains("::error file=configs/bad.cfg,line=1,col=25", sarif.Output, StringComparison.Ordinal);
        Assert.Equal("sarif-file=xlchan.sarif\nexit-code=1\n", sarif.GitHubOutput);

        File.WriteAllText(Path.Combine(workspace, "configs", "bad.cfg"), "name = \"fixed\"\n");
        var text = Step(workspace, runnerTemp, new() { ["XLCHAN_PATHS"] = "configs/good.cfg configs/bad.cfg", ["XLCHAN_FORMAT"] = "text" });
        Assert.True(text.Exit == 0, text.Output);
        Assert.Contains("2 files, 0 errors", text.Output, StringComparison.Ordinal);
        Assert.Equal("sarif-file=\nexit-code=0\n", text.GitHubOutput);

        var nothing = Step(workspace, runnerTemp, new() { ["XLCHAN_PATHS"] = "no-such-dir" });
        Assert.Equal(2, nothing.Exit);
        var badFormat = Step(workspace, runnerTemp, new() { ["XLCHAN_FORMAT"] = "yaml" });
        Assert.Equal(2, badFormat.Exit);
        Assert.Contains("::error title=xlchan::format must be", badFormat.Output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string GitHubOutput) Step(string workspace, string runnerTemp, Dictionary<string, string> inputs)
    {
        string outputFile = Path.Combine(runnerTemp, $"output-{Guid.NewGuid():N}");
        File.WriteAllText(outputFile, string.Empty);
        var start = new ProcessStartInfo("bash", [Path.Combine(GoldenFile.RepositoryRoot, "action", "lint.sh")])
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GITHUB_ACTION_PATH"] = GoldenFile.RepositoryRoot;
        start.Environment["RUNNER_TEMP"] = runnerTemp;
        start.Environment["GITHUB_OUTPUT"] = outputFile;
        foreach (var (key, value) in inputs)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(900_000), "the action's step timed out");
        return (process.ExitCode, stdout.Result + stderr, File.ReadAllText(outputFile));
    }

    [GeneratedRegex(@"^  ([a-z-]+):$", RegexOptions.Multiline)]
    private static partial Regex InputName();

    [GeneratedRegex(@"^        (XLCHAN_[A-Z_]+):", RegexOptions.Multiline)]
    private static partial Regex EnvVariable();
}
