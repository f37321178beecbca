using ChannelConfig.Diagnostics;
using System.Text.Json;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>The built executable: exit codes, every lint format, stdin, directories, colour, and parallel = serial.</summary>
public sealed class LintEndToEndTests
{
    private static string Workspace()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-e2e-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "vms", "web"));
        File.WriteAllText(Path.Combine(dir, "vms", "good.cfg"), "name = \"good\"\nchannel = [ \"connection=pty,name=org.example.agent.0\" ]\n");
        File.WriteAllText(Path.Combine(dir, "vms", "web", "bad.cfg"), "name = \"bad\"\nchannel = [ \"connection=PTY,name=org.example.agent.0\" ]\n");
        File.WriteAllText(Path.Combine(dir, "vms", "web", "warn.cfg"), "memory = 512\nmemory = 1024\n");
        File.WriteAllText(Path.Combine(dir, "vms", "notes.txt"), "not a config\n");
        return dir;
    }

    [Fact]
    public void Exit_codes_0_1_and_2()
    {
        string dir = Workspace();
        Assert.Equal(0, XlchanProcess.Run(dir, "lint", "vms/good.cfg").Exit);
        Assert.Equal(0, XlchanProcess.Run(dir, "lint", "vms/web/warn.cfg").Exit);
        Assert.Equal(1, XlchanProcess.Run(dir, "lint", "--werror", "vms/web/warn.cfg").Exit);
        Assert.Equal(1, XlchanProcess.Run(dir, "lint", "vms/web/bad.cfg").Exit);
        var missing = XlchanProcess.Run(dir, "lint", "vms/none.cfg");
        Assert.Equal(2, missing.Exit);
        Assert.Equal("xlchan: vms/none.cfg: no such file\n", missing.Stderr);
        var usage = XlchanProcess.Run(dir, "lint", "--format", "yaml", "vms");
        Assert.Equal(2, usage.Exit);
        Assert.DoesNotContain("   at ", usage.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_are_searched_recursively_in_path_order_and_include_filters()
    {
        string dir = Workspace();
        var (exit, stdout, _) = XlchanProcess.Run(dir, "lint", "--format", "json", "vms");
        Assert.Equal(1, exit);
        var files = JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["vms/good.cfg", "vms/web/bad.cfg", "vms/web/warn.cfg"], files);
        var txt = XlchanProcess.Run(dir, "lint", "--format", "json", "--include", "*.txt", "vms");
        Assert.Equal(["vms/notes.txt"], JsonDocument.Parse(txt.Stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void Standard_input_is_read_under_its_name()
    {
        string dir = Workspace();
        var (exit, stdout, _) = XlchanProcess.RunWith(dir, "channel = [ \"connection=PTY,name=a.b.c\" ]\n", null, "lint", "--stdin-name", "piped.cfg", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("piped.cfg:1:25: error XLC0107", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_has_the_source_line_a_caret_and_the_fix_and_a_summary()
    {
        string dir = Workspace();
        var (_, stdout, _) = XlchanProcess.Run(dir, "lint", "vms/web/bad.cfg");
        var lines = stdout.Split('\n');
        Assert.Equal("vms/web/bad.cfg:2:25: error XLC0107: connection types are lower case: xl rejects `PTY` (the man page's capitals do not work); write connection=pty", lines[0]);
        Assert.Equal("    channel = [ \"connection=PTY,name=org.example.agent.0\" ]", lines[1]);
        Assert.Equal("                            ^~~", lines[2]);
        Assert.StartsWith("    = fix: write connection=pty", lines[3], StringComparison.Ordinal);
        Assert.Equal("1 file, 1 error, 0 warnings, 0 infos (as Xen newest)", lines[^2]);
        Assert.DoesNotContain('\u001b', stdout);
    }

    [Fact]
    public void Colour_never_goes_to_a_pipe_and_no_color_is_respected()
    {
        string dir = Workspace();
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = "1" };
        Assert.DoesNotContain('\u001b', XlchanProcess.RunWith(dir, null, env, "lint", "vms/web/bad.cfg").Stdout);
        Assert.DoesNotContain('\u001b', XlchanProcess.Run(dir, "lint", "--no-color", "vms/web/bad.cfg").Stdout);
    }

    [Fact]
    public void Quiet_and_min_severity_filter_the_output()
    {
        string dir = Workspace();
        Assert.Equal(string.Empty, XlchanProcess.Run(dir, "lint", "--quiet", "vms/web/warn.cfg").Stdout);
        var errorsOnly = XlchanProcess.Run(dir, "lint", "--min-severity", "error", "vms");
        Assert.DoesNotContain("warning", errorsOnly.Stdout.Split('\n').SkipLast(2).Aggregate(string.Empty, (a, b) => a + b), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_has_the_structure_code_scanning_needs()
    {
        string dir = Workspace();
        var (exit, stdout, _) = XlchanProcess.Run(dir, "lint", "--format", "sarif", "--docs-url", "https://example.org/docs/xl-channel.md", "vms");
        Assert.Equal(1, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("xlchan", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ChannelConfig.Diagnostics.DiagnosticCatalog.All.Count, rules.Count);
        Assert.All(rules, r =>
        {
            Assert.Matches("^XLC[0-9]{4}$", r.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.StartsWith("https://example.org/docs/xl-channel.md#xlc", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            string ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(Path.IsPathRooted(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("endColumn").GetInt32() > region.GetProperty("startColumn").GetInt32() || region.GetProperty("endLine").GetInt32() > region.GetProperty("startLine").GetInt32());
        }
    }

    [Fact]
    public void Github_annotations_are_escaped_workflow_commands()
    {
        string dir = Workspace();
        var (_, stdout, _) = XlchanProcess.Run(dir, "lint", "--format", "github", "vms/web/bad.cfg");
        Assert.StartsWith("::error file=vms/web/bad.cfg,line=2,col=25,endLine=2,endColumn=28,title=XLC0107 Connection type in upper case::", stdout, StringComparison.Ordinal);
        Assert.Equal("a%3Ab%2Cc%25d%0Ae", ChannelConfig.Reporting.GitHubAnnotationWriter.EscapeProperty("a:b,c%d\ne"));
    }

    [Fact]
    public void Explain_and_version_and_help()
    {
        string dir = Workspace();
        var explain = XlchanProcess.Run(dir, "explain", "XLC0105");
        Assert.Equal(0, explain.Exit);
        Assert.Equal(ChannelConfig.Reporting.RuleDocumentation.ToText(ChannelConfig.Diagnostics.DiagnosticCatalog.ChannelTypeSpelling), explain.Stdout);
        Assert.Equal(2, XlchanProcess.Run(dir, "explain", "XLC9999").Exit);
        Assert.Contains(DiagnosticCatalog.UnexpectedCharacter.Id, XlchanProcess.Run(dir, "explain", "--list").Stdout, StringComparison.Ordinal);
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", XlchanProcess.Run(dir, "--version").Stdout);
        Assert.Contains("Examples:", XlchanProcess.Run(dir, "--help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Linting_hundreds_of_files_in_parallel_gives_the_same_output_as_one_by_one()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-many-").FullName;
        var names = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            string name = $"vm{i:D3}.cfg";
            names.Add(name);
            File.WriteAllText(Path.Combine(dir, name), i % 3 == 0
                ? $"name = \"vm{i}\"\nchannel = [ \"connection=PTY,name=org.example.a.{i}\" ]\n"
                : $"name = \"vm{i}\"\nmemory = {i}\nmemory = {i + 1}\nchannel = [ \"connection=socket,path=/run/vm{i}.sock,name=org.example.a.{i}\" ]\n");
        }

        var all = XlchanProcess.Run(dir, "lint", "--format", "json", ".");
        string serial = XlchanProcess.Run(dir, "lint", "--jobs", "1", ".").Stdout;
        Assert.Equal(serial, XlchanProcess.Run(dir, "lint", "--jobs", "8", ".").Stdout);
        Assert.Equal(serial, XlchanProcess.Run(dir, "lint", ".").Stdout);
        Assert.Contains("300 files, 100 errors, 200 warnings", serial, StringComparison.Ordinal);
        Assert.Equal(300, JsonDocument.Parse(all.Stdout).RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }
}
