using System.Text.Json;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Adoption;

/// <summary>What lint's outputs add for a team: fixes in JSON, the full summary, the Xen release, XLCHAN_XEN, and fix on suppressions.</summary>
public sealed class LintOutputTests
{
    [Fact]
    public void Json_carries_each_fix_with_its_edits_when_mechanical()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Broken + "channel += [ \"connection=pty, name=org.example.b.0, bogus=1\" ]\n"));
        var (_, stdout, _) = CliRunner.Run("lint", "--format", "json", dir);
        var diagnostics = JsonDocument.Parse(stdout).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var mechanical = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "XLC0107").GetProperty("fix");
        Assert.Equal("write connection=pty", mechanical.GetProperty("text").GetString());
        var edit = Assert.Single(mechanical.GetProperty("edits").EnumerateArray());
        Assert.Equal((24, 3, "pty"), (edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32(), edit.GetProperty("newText").GetString()));
        var advice = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "XLC0104").GetProperty("fix");
        Assert.False(string.IsNullOrEmpty(advice.GetProperty("text").GetString()));
    }

    [Fact]
    public void The_text_summary_counts_infos_and_suppressions_and_names_the_release()
    {
        string dir = TempTree.Create(("a.cfg", TempTree.WellKnown), ("b.cfg", "channel = [ \"connection=pty, name=agent\" ]  # xlchan: disable=XLC0120\n"));
        var (exit, stdout, _) = CliRunner.Run("lint", "--xen", "4.20.1", dir);
        Assert.Equal(0, exit);
        Assert.EndsWith("2 files, 0 errors, 0 warnings, 1 info, 1 suppressed (as Xen 4.20.1)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlchan_xen_sets_the_release_below_the_command_line_and_above_the_file()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), (".xlchan.toml", "xen = \"newest\"\n"));
        var env = new Dictionary<string, string?> { ["XLCHAN_XEN"] = "4.17" };
        var fromEnv = XlchanProcess.RunWith(dir, null, env, "lint", "vm.cfg");
        Assert.Equal(1, fromEnv.Exit);
        Assert.EndsWith("(as Xen 4.17)\n", fromEnv.Stdout, StringComparison.Ordinal);
        var fromLine = XlchanProcess.RunWith(dir, null, env, "lint", "--xen", "4.21", "vm.cfg");
        Assert.Equal(0, fromLine.Exit);
        var bad = XlchanProcess.RunWith(dir, null, new Dictionary<string, string?> { ["XLCHAN_XEN"] = "5.x" }, "lint", "vm.cfg");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("XLCHAN_XEN=5.x: not a Xen release", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_removes_a_suppression_that_silences_nothing()
    {
        string path = CliRunner.TempFile("memory = 512  # xlchan: disable=XLC0120 -- old\nvcpus = 2\n");
        var (exit, _, _) = CliRunner.Run("fix", "--in-place", path);
        Assert.Equal(0, exit);
        Assert.Equal("memory = 512\nvcpus = 2\n", File.ReadAllText(path));
    }
}
