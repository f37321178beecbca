using ChannelConfig.Diagnostics;
using System.Text.Json;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Adoption;

/// <summary><c>.xlchan.toml</c>: each key, bad files (exit 2 with file:line:col), nearest-file lookup, and precedence.</summary>
public sealed class ConfigFileTests
{
    private static JsonElement Json(params string[] args)
    {
        var (_, stdout, stderr) = CliRunner.Run(["lint", "--format", "json", .. args]);
        Assert.True(stdout.Length > 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static string[] Codes(JsonElement report) =>
        [.. report.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).Select(d => d.GetProperty("code").GetString()!)];

    [Fact]
    public void Rules_turn_a_code_off_or_change_its_severity()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.WellKnown), ("b.cfg", "channel = [ \"connection=pty, name=agent\" ]\n"),
            (".xlchan.toml", "[rules]\nXLC0121 = \"off\"\nXLC0120 = \"error\"\n"));
        var (exit, stdout, _) = CliRunner.Run("lint", dir);
        Assert.Equal(1, exit);
        Assert.Contains("error XLC0120", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("XLC0121", stdout, StringComparison.Ordinal);
        Assert.EndsWith("2 files, 1 error, 0 warnings, 0 infos (as Xen newest)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Xen_pins_the_release_and_the_summary_names_it()
    {
        // Xen 4.17 loses the first channel (XLC0113); the newest release does not.
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), (".xlchan.toml", "xen = \"4.17\"\n"));
        var (exit, stdout, _) = CliRunner.Run("lint", Path.Combine(dir, "vm.cfg"));
        Assert.Equal(1, exit);
        Assert.Contains(DiagnosticCatalog.FirstChannelLost.Id, stdout, StringComparison.Ordinal);
        Assert.EndsWith("(as Xen 4.17)\n", stdout, StringComparison.Ordinal);
        Assert.Equal("4.17", Json(dir).GetProperty("files")[0].GetProperty("xen").GetString());

        // The command line overrides the file.
        var newest = CliRunner.Run("lint", "--xen", "newest", Path.Combine(dir, "vm.cfg"));
        Assert.Equal(0, newest.Exit);
        Assert.EndsWith("(as Xen newest)\n", newest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_and_exclude_choose_the_files_of_a_directory()
    {
        string dir = TempTree.Create(
            ("a.cfg", TempTree.Clean), ("b.conf", TempTree.Clean), ("vendor/c.conf", TempTree.Clean), ("templates/d.tmpl.conf", TempTree.Clean),
            ("templates/keep.conf", TempTree.Clean),
            (".xlchan.toml", "include = [\"*.conf\"]\nexclude = [\"vendor/**\", \"templates/*.tmpl.conf\"]\n"));
        var paths = Json(dir).GetProperty("files").EnumerateArray().Select(f => Path.GetRelativePath(dir, f.GetProperty("path").GetString()!)).ToList();
        Assert.Equal(["b.conf", "templates/keep.conf"], paths);
    }

    [Fact]
    public void Domains_let_backend_name_a_running_domain()
    {
        string cfg = "channel = [ \"connection=pty, name=org.example.agent.0, backend=driver-dom\" ]\n";
        string dir = TempTree.Create(("vm.cfg", cfg));
        Assert.Contains(DiagnosticCatalog.UnknownBackendDomain.Id, Codes(Json(dir)));
        File.WriteAllText(Path.Combine(dir, ".xlchan.toml"), "[domains]\ndriver-dom = 5\n");
        Assert.DoesNotContain("XLC0112", Codes(Json(dir)));
    }

    [Fact]
    public void Docs_url_adds_absolute_help_links_to_sarif()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), (".xlchan.toml", "docs-url = \"https://example.org/xl-channel.html\"\n"));
        var (_, stdout, _) = CliRunner.Run("lint", "--format", "sarif", dir);
        var rule = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("https://example.org/xl-channel.html#xlc0001", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void The_nearest_file_walking_up_applies_to_each_file()
    {
        string dir = TempTree.Create(
            ("top.cfg", TempTree.WellKnown),
            ("team/inner.cfg", TempTree.WellKnown),
            ("team/deep/er/deepest.cfg", TempTree.WellKnown),
            (".xlchan.toml", "[rules]\nXLC0121 = \"warning\"\n"),
            ("team/.xlchan.toml", "[rules]\nXLC0121 = \"off\"\n"));
        var files = Json(dir).GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToList());
        Assert.Equal(["warning"], files["top.cfg"]);
        Assert.Empty(files["inner.cfg"]);
        Assert.Empty(files["deepest.cfg"]);

        // A file named on the command line finds its configuration the same way.
        Assert.Empty(Codes(Json(Path.Combine(dir, "team", "deep", "er", "deepest.cfg"))));
    }

    [Fact]
    public void Config_overrides_the_nearest_file_and_no_config_ignores_every_file()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.WellKnown), (".xlchan.toml", "[rules]\nXLC0121 = \"off\"\n"), ("elsewhere/strict.toml", "[rules]\nXLC0121 = \"error\"\n"));
        Assert.Empty(Codes(Json(dir)));
        Assert.Equal(["XLC0121"], Codes(Json("--no-config", dir)));
        var strict = CliRunner.Run("lint", "--config", Path.Combine(dir, "elsewhere", "strict.toml"), dir);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("error XLC0121", strict.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("lint", "--config", Path.Combine(dir, "missing.toml"), dir).Exit);
        Assert.Equal(2, CliRunner.Run("lint", "--config", Path.Combine(dir, ".xlchan.toml"), "--no-config", dir).Exit);
    }

    [Fact]
    public void The_command_line_overrides_the_file_and_the_file_the_defaults()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.WellKnown), (".xlchan.toml", "[rules]\nXLC0121 = \"error\"\n"));
        Assert.Equal(1, CliRunner.Run("lint", dir).Exit);                              // file over default (info)
        Assert.Equal(0, CliRunner.Run("lint", "--ignore", "XLC01", dir).Exit);        // command line over file
        Assert.Empty(Codes(Json("--ignore", "XLC0121", dir)));
        Assert.Empty(Codes(Json("--select", "XLC00,XLC02", "--select", "XLC03", dir)));
        Assert.Equal(["XLC0121"], Codes(Json("--select", "xlc0121", dir)));
    }

    [Theory]
    [InlineData("exclde = [\"x\"]\n", "1:1", "unknown key `exclde`: did you mean `exclude`?")]
    [InlineData("xen = 4.17\n", "1:7", "write the Xen release as a string")]
    [InlineData("xen = \"5.0x\"\n", "1:7", "not a Xen release")]
    [InlineData("include = \"*.cfg\"\n", "1:11", "write include as a list")]
    [InlineData("docs-url = \"docs/xl-channel.md\"\n", "1:12", "absolute http or https URL")]
    [InlineData("[rules]\nXLC0121 = \"of\"\n", "2:11", "did you mean \"off\"?")]
    [InlineData("[rules]\nXLC9999 = \"off\"\n", "2:1", "`XLC9999` is not a diagnostic code")]
    [InlineData("[rules]\nXLC120 = \"off\"\n", "2:1", "did you mean XLC0120?")]
    [InlineData("[rules]\nXLC0304 = \"off\"\n", "2:1", "cannot be configured")]
    [InlineData("[domain]\n", "1:2", "unknown table [domain]: did you mean [domains]?")]
    [InlineData("[domains]\nweb = -1\n", "2:7", "a number from 0 to 32751")]
    [InlineData("xen = \"4.17\"\nxen = \"4.18\"\n", "2:1", "")]
    [InlineData("xen = \"4.17\n", "1:12", "")]
    public void A_bad_file_is_a_usage_error_naming_its_line_and_column(string content, string at, string expected)
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), (".xlchan.toml", content));
        var (exit, stdout, stderr) = CliRunner.Run("lint", dir);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith($"xlchan: {Path.Combine(dir, ".xlchan.toml")}:{at}: ", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--select", "XLC99", "`XLC99` is not a diagnostic code or the start of one")]
    [InlineData("--ignore", "XLC0121,W0120", "`W0120`")]
    [InlineData("--xen", "3.4", "not a Xen release")]
    [InlineData("--docs-url", "docs/x.md", "not an absolute http or https URL")]
    public void Bad_options_are_usage_errors(string option, string value, string expected)
    {
        var (exit, _, stderr) = CliRunner.Run("lint", option, value, TempTree.Create(("vm.cfg", TempTree.Clean)));
        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }
}
