using System.Text;
using System.Text.Json;

namespace ChannelConfig.Tests.Cli;

/// <summary><c>xlchan fix</c>: the certain syntax fixes, the summary line, and standard input.</summary>
public sealed class FixCommandTests
{
    private const string Messy = "\uFEFFname = \"vm\"\r\nshadow_memory = 0xFF\r\nchannel = [ \"connection=PTY,name=org.example.a.0\" ]\r\n# end";

    [Fact]
    public void Fix_in_place_makes_the_syntax_fixes_and_lint_then_finds_nothing()
    {
        string path = CliRunner.TempFile(Messy);
        var (exit, stdout, stderr) = CliRunner.Run("fix", "--in-place", path);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("name = \"vm\"\nshadow_memory = 0xff\nchannel = [ \"connection=pty,name=org.example.a.0\" ]\n# end\n", File.ReadAllText(path, new UTF8Encoding(false)));
        Assert.Equal($"xlchan: {path}: fixed 5, nothing remains\n", stderr);

        var lint = CliRunner.Run("lint", path);
        Assert.Equal(0, lint.Exit);
    }

    [Fact]
    public void Lint_json_and_sarif_carry_the_syntax_fix_edits()
    {
        string path = CliRunner.TempFile("memory = 512\r\nshadow_memory = 0xFF\n");
        var (_, stdout, _) = CliRunner.Run("lint", "--format", "json", path);
        var diagnostics = JsonDocument.Parse(stdout).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var crlf = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "XLC0002").GetProperty("fix");
        Assert.Equal("convert CRLF line endings to LF", crlf.GetProperty("text").GetString());
        var edit = Assert.Single(crlf.GetProperty("edits").EnumerateArray());
        Assert.Equal((12, 1, string.Empty), (edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32(), edit.GetProperty("newText").GetString()));
        var hex = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "XLC0005").GetProperty("fix");
        Assert.Equal("ff", Assert.Single(hex.GetProperty("edits").EnumerateArray()).GetProperty("newText").GetString());

        (_, stdout, _) = CliRunner.Run("lint", "--format", "sarif", path);
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var sarifCrlf = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "XLC0002");
        Assert.Equal("convert CRLF line endings to LF", sarifCrlf.GetProperty("fixes")[0].GetProperty("description").GetProperty("text").GetString());
    }

    [Fact]
    public void Fix_of_more_findings_than_a_reading_lists_says_to_run_it_again_rather_than_that_they_cannot_be_fixed()
    {
        // Each reading lists 1,000 findings a stage (XLC0031 then stands for the rest), and fix
        // makes at most three rounds: 5,000 fixable items leave some for a second run.
        string path = CliRunner.TempFile("channel = [\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"\"connection=PTY,name=org.example.a.{i}\",\n")) + "]\n");
        var (exit, _, stderr) = CliRunner.Run("fix", "--in-place", path);
        Assert.Equal(1, exit);
        Assert.Equal($"xlchan: {path}: fixed 3000; more findings remain than one reading lists (XLC0031), some perhaps fixable: run xlchan fix {path} again\n", stderr);

        (exit, _, stderr) = CliRunner.Run("fix", "--in-place", path);
        Assert.Equal(0, exit);
        Assert.Equal($"xlchan: {path}: fixed 2000, nothing remains\n", stderr);
    }

    [Fact]
    public void Fix_prints_a_diff_and_says_how_many_fixes_it_holds()
    {
        string path = CliRunner.TempFile("memory = 512\r\nvcpus = 2\r\n");
        var (exit, stdout, stderr) = CliRunner.Run("fix", path);
        Assert.Equal(0, exit);
        Assert.Contains("+memory = 512\n", stdout, StringComparison.Ordinal);
        Assert.Equal($"xlchan: {path}: 1 to fix in the diff (--in-place writes it), nothing remains\n", stderr);
        Assert.Equal("memory = 512\r\nvcpus = 2\r\n", File.ReadAllText(path));
    }

    [Fact]
    public void Fix_in_place_that_cannot_fix_everything_says_so_and_exits_1()
    {
        string path = CliRunner.TempFile("memory = 512M\r\nvcpus = 2\r\n");
        var (exit, _, stderr) = CliRunner.Run("fix", "--in-place", path);
        Assert.Equal(1, exit);
        Assert.Equal("memory = 512M\nvcpus = 2\n", File.ReadAllText(path));
        Assert.Equal($"xlchan: {path}: fixed 1, 1 remains that fix cannot fix (1 error): run xlchan lint {path}\n", stderr);
    }

    [Fact]
    public void Fix_with_nothing_certain_to_do_leaves_the_file_and_points_to_lint()
    {
        string path = CliRunner.TempFile("memory = 512M\n");
        var (exit, stdout, stderr) = CliRunner.Run("fix", "-i", path);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("memory = 512M\n", File.ReadAllText(path));
        Assert.Equal($"xlchan: {path}: fixed 0, 1 remains that fix cannot fix (1 error): run xlchan lint {path}\n", stderr);
    }

    [Fact]
    public void Fix_of_standard_input_prints_the_whole_fixed_file()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithStdin("memory = 512\r\nshadow_memory = 0xFF\r\n", "fix", "--stdin-name", "vm1.cfg", "-");
        Assert.Equal(0, exit);
        Assert.Equal("memory = 512\nshadow_memory = 0xff\n", stdout);
        Assert.Equal("xlchan: vm1.cfg: fixed 2, nothing remains\n", stderr);

        // Nothing to fix: the file as it is (a filter).
        (exit, stdout, _) = CliRunner.RunWithStdin("memory = 512\n", "fix", "-");
        Assert.Equal(0, exit);
        Assert.Equal("memory = 512\n", stdout);
    }

    [Theory]
    [InlineData("fix --in-place -", "xlchan: cannot edit standard input in place: with - the edited file is printed on standard output; drop --in-place")]
    [InlineData("fix - other.cfg", "xlchan: - (standard input) must be the only file: fix - prints the fixed file on standard output")]
    public void Fix_of_standard_input_refuses_what_makes_no_sense(string command, string message)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithStdin("memory = 512\r\n", command.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(message + "\n", stderr);
    }
}
