using System.Diagnostics;
using System.Text;
using ChannelConfig.Cli;
using ChannelConfig.Editing;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>Diffs apply with <c>patch</c> byte for byte, whatever the file's bytes, and no file name can forge a header or a hunk.</summary>
public sealed class DiffBytesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_diff_of_a_file_that_is_not_utf8_applies_with_patch_to_give_exactly_the_edited_bytes()
    {
        // Latin-1 bytes on the changed line (a trailing comment) and on context lines.
        byte[] original = [.. "# caf"u8, 0xE9, .. "\nname = \"vm\"\nchannel = [ \"connection=PTY,name=org.example.a.0\" ] # "u8, 0xFF, 0xFE, .. "\nmemory = 512 # "u8, 0xC3, .. "\n"u8];
        string cfg = Path.Combine(_dir, "vm.cfg");
        string edited = Path.Combine(_dir, "edited.cfg");
        File.WriteAllBytes(cfg, original);
        File.WriteAllBytes(edited, original);

        byte[] diff = RunForBytes("fix", cfg);
        Assert.Equal(0, CliRunner.Run("fix", "-i", edited).Exit);
        Assert.NotEqual(original, File.ReadAllBytes(edited));
        Assert.Contains((byte)0xFF, diff);

        File.WriteAllBytes(Path.Combine(_dir, "change.diff"), diff);
        var (exit, output) = Patch(_dir, "vm.cfg", "-i", "change.diff");
        Assert.True(exit == 0, output);
        Assert.Equal(File.ReadAllBytes(edited), File.ReadAllBytes(cfg));
    }

    [Theory]
    [InlineData("c\n::stop-commands::tok\n::error file=README.md,line=1::FORGED\n.cfg")]
    [InlineData("quote\"back\\slash\ttab.cfg")]
    [InlineData("caf\u00e9 and space.cfg")]
    [InlineData("with space.cfg")]
    public void File_names_are_quoted_in_headers_as_git_does_and_patch_finds_the_file(string name)
    {
        byte[] content = "name = \"vm\"\nchannel = [ \"connection=PTY,name=org.example.a.0\" ]\n"u8.ToArray();
        File.WriteAllBytes(Path.Combine(_dir, name), content);
        var result = new XlConfigEditor(new SourceText(name, content)).ApplyFixes();
        byte[] diff = UnifiedDiff.CreateBytes(name, result.Original, result.Edits);

        string[] lines = Encoding.Latin1.GetString(diff).Split('\n');
        Assert.StartsWith("--- ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("@@ ", lines[2], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length); // headers, hunk header, one context line, -, + and the end: no name broke a line
        Assert.DoesNotContain(lines, line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.All(lines[0].Concat(lines[1]), c => Assert.True(c >= ' ' || c == '\t', $"raw control character {(int)c} in a header"));

        File.WriteAllBytes(Path.Combine(_dir, "change.diff"), diff);
        var (exit, output) = Patch(_dir, "-p1", "-i", "change.diff");
        Assert.True(exit == 0, output + "\n" + Encoding.Latin1.GetString(diff));
        Assert.Equal(result.Edited!.Bytes.ToArray(), File.ReadAllBytes(Path.Combine(_dir, name)));
    }

    [Theory]
    [InlineData("vm.cfg", "a/vm.cfg")]
    [InlineData("a b.cfg", "a/a b.cfg\t")]
    [InlineData("x\ny.cfg", "\"a/x\\ny.cfg\"")]
    [InlineData("x\u001b[2Jy", "\"a/x\\033[2Jy\"")]
    [InlineData("caf\u00e9", "\"a/caf\\303\\251\"")]
    [InlineData("q\"b\\\a\b\f\r\v", "\"a/q\\\"b\\\\\\a\\b\\f\\r\\v\"")]
    public void Header_names_use_gits_quoting(string name, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(DiffPath.Header("a/" + name)));

    private static byte[] RunForBytes(params string[] args)
    {
        using var bytes = new MemoryStream();
        using (var stdout = new StreamWriter(bytes, new UTF8Encoding(false), 1024, leaveOpen: true))
        using (var stderr = new StringWriter())
        {
            int exit = XlchanApp.Run(args, stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
        }

        return bytes.ToArray();
    }

    private static (int Exit, string Output) Patch(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("patch") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var patch = Process.Start(start)!;
        string output = patch.StandardOutput.ReadToEnd() + patch.StandardError.ReadToEnd();
        patch.WaitForExit();
        return (patch.ExitCode, output);
    }
}
