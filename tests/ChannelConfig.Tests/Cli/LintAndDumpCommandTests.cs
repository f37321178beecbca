using ChannelConfig.Diagnostics;
using System.Text.Json;

namespace ChannelConfig.Tests.Cli;

/// <summary>The first cut of the CLI: lint and dump, their output and their exit codes.</summary>
public sealed class LintAndDumpCommandTests
{
    [Fact]
    public void Lint_of_a_clean_file_prints_nothing_and_exits_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lint", CliRunner.TempFile("memory = 512\n"));
        Assert.Equal(0, exit);
        Assert.Equal("1 file, 0 errors, 0 warnings, 0 infos (as Xen newest)\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Lint_prints_file_line_column_severity_code_message_and_exits_1_on_errors()
    {
        string path = CliRunner.TempFile("memory = 512\nvcpus 2\n");
        var (exit, stdout, _) = CliRunner.Run("lint", path);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}:2:7: error XLC0021: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var (exit, stdout, _) = CliRunner.Run("lint", CliRunner.TempFile("a = 1\na = 2\n"));
        Assert.Equal(0, exit);
        Assert.Contains("warning XLC0041", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error_with_exit_2()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lint", "/nonexistent/vm.cfg");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("xlchan: /nonexistent/vm.cfg: no such file", stderr.TrimEnd());
    }

    [Fact]
    public void A_directory_is_an_error_with_exit_2()
    {
        var (exit, _, stderr) = CliRunner.Run("dump", Path.GetTempPath());
        Assert.Equal(2, exit);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("frobnicate")]
    [InlineData("dump", "--format", "xml", "x.cfg")]
    public void Bad_usage_exits_2_with_one_line(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Dump_json_gives_the_documented_object()
    {
        string path = CliRunner.TempFile("memory = 512\nname = 'vm'\nmemory += 1\nx = [ 1, [ \"a\" ] ]\nbad 1\n");
        var (exit, stdout, _) = CliRunner.Run("dump", "--format", "json", path);
        Assert.Equal(1, exit);
        var doc = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(path, doc.GetProperty("source").GetString());
        Assert.Equal("rejected", doc.GetProperty("syntax").GetString());
        var first = doc.GetProperty("settings")[0];
        Assert.Equal("memory", first.GetProperty("name").GetString());
        Assert.Equal("=", first.GetProperty("op").GetString());
        Assert.Equal(1, first.GetProperty("line").GetInt32());
        Assert.Equal(1, first.GetProperty("column").GetInt32());
        var value = first.GetProperty("value");
        Assert.Equal("string", value.GetProperty("type").GetString());
        Assert.Equal("512", value.GetProperty("string").GetString());
        Assert.True(value.GetProperty("number").GetBoolean());
        Assert.Equal(10, value.GetProperty("column").GetInt32());
        Assert.Equal("5121", doc.GetProperty("effective").GetProperty("memory").GetProperty("string").GetString());
        Assert.Equal("list", doc.GetProperty("effective").GetProperty("x").GetProperty("type").GetString());
        var d = doc.GetProperty("diagnostics")[0];
        Assert.Equal(DiagnosticCatalog.ExpectedAssignment.Id, d.GetProperty("code").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal(5, d.GetProperty("line").GetInt32());
        Assert.Equal(5, d.GetProperty("column").GetInt32());
        Assert.Equal(5, d.GetProperty("endLine").GetInt32());
        Assert.Equal(6, d.GetProperty("endColumn").GetInt32());
        Assert.StartsWith($"{path}:5: config parsing error", d.GetProperty("xl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_jsonl_prints_one_compact_object_per_file_in_argument_order()
    {
        string a = CliRunner.TempFile("a = 1\n", "a.cfg");
        string b = CliRunner.TempFile("b = \"x\0\"\n", "b.cfg");
        var (exit, stdout, _) = CliRunner.Run("dump", "--format", "jsonl", b, a);
        Assert.Equal(1, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(b, JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString());
        Assert.Equal("crash", JsonDocument.Parse(lines[0]).RootElement.GetProperty("syntax").GetString());
        Assert.Equal("accepted", JsonDocument.Parse(lines[1]).RootElement.GetProperty("syntax").GetString());
        Assert.StartsWith("xl: libxlu_cfg.c:607", JsonDocument.Parse(lines[0]).RootElement.GetProperty("diagnostics")[0].GetProperty("xl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_gains_channels_and_xls_verdict_and_stderr()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=socket,path=/run/a.sock,name=org.example.a.0\", \"backend=drv,connection=pty,name=org.example.b.0\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("dump", "--domain", "drv=5", path);
        Assert.Equal(0, exit);
        var doc = JsonDocument.Parse(stdout).RootElement;
        var channels = doc.GetProperty("channels");
        Assert.Equal(2, channels.GetArrayLength());
        Assert.Equal(1, channels[0].GetProperty("devid").GetInt32());
        Assert.Equal("/run/a.sock", channels[0].GetProperty("path").GetString());
        Assert.Equal(5, channels[1].GetProperty("backendDomid").GetInt32());
        Assert.Equal("drv", channels[1].GetProperty("backendDomname").GetString());
        Assert.Equal(1, channels[1].GetProperty("line").GetInt32());
        Assert.Equal("accepted", doc.GetProperty("xl").GetProperty("verdict").GetString());
        Assert.Equal(string.Empty, doc.GetProperty("xl").GetProperty("stderr").GetString());
    }

    [Fact]
    public void The_xen_option_selects_a_release_profile()
    {
        string path = CliRunner.TempFile("channel = [ \"connection=pty,name=org.example.a.0\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("lint", "--xen", "4.20.0", path);
        Assert.Equal(1, exit);
        Assert.Contains("error XLC0113", stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("lint", "--xen", "4.20.1", path).Exit);
    }

    [Theory]
    [InlineData("--xen", "4.4")]
    [InlineData("--xen", "banana")]
    [InlineData("--domain", "nonsense")]
    [InlineData("--domain", "x=-1")]
    public void Bad_channel_options_exit_2(string option, string value)
    {
        var (exit, _, stderr) = CliRunner.Run("lint", option, value, CliRunner.TempFile("a = 1\n"));
        Assert.Equal(2, exit);
        Assert.StartsWith("xlchan: ", stderr, StringComparison.Ordinal);
    }
}
