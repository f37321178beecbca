using System.Diagnostics;
using System.Text;
using System.Text.Unicode;
using ChannelConfig.Cli;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>
/// Issue 22, item 8, as the shell gives it: file names are bytes, and a name that is not UTF-8
/// (here with 0xFF) can be linted, and is printed escaped; the issue's forged name
/// (<c>$'c\xff\n::stop-commands::tok\n::error file=README.md,line=1::FORGED\n.cfg'</c>) is one
/// line on standard error. The built xlchan runs under <c>/bin/sh</c>, which makes the arguments
/// from octal escapes, and its output is checked byte for byte.
/// </summary>
public sealed class FileNameBytesTests : IDisposable
{
    private static readonly byte[] ForgedName = [(byte)'c', 0xFF, .. "\n::stop-commands::tok\n::error file=README.md,line=1::FORGED\n.cfg"u8];

    private static readonly byte[] LatinName = [(byte)'c', 0xFF, .. ".cfg"u8];

    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-bytes-").FullName;

    /// <summary>Removes the directory with rm: .NET's Directory.Delete cannot name the files either.</summary>
    public void Dispose()
    {
        using var rm = Process.Start("rm", ["-rf", _dir]);
        rm.WaitForExit();
    }

    [Fact]
    public void The_issues_forged_name_is_one_escaped_line_on_stderr()
    {
        Assert.SkipUnless(File.Exists("/bin/sh") && OperatingSystem.IsLinux(), "needs Linux and /bin/sh");
        var (exit, stdout, stderr) = Run(["lint"u8.ToArray(), ForgedName]);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("xlchan: \"c\\xff\\n::stop-commands::tok\\n::error file=README.md,line=1::FORGED\\n.cfg\": no such file\n", Encoding.UTF8.GetString(stderr));
        var (_, githubOut, githubErr) = Run(["lint"u8.ToArray(), "--format"u8.ToArray(), "github"u8.ToArray(), ForgedName]);
        Assert.Empty(githubOut);
        Assert.DoesNotContain(Encoding.UTF8.GetString(githubErr).Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_whose_name_is_not_utf8_is_linted_and_shown_escaped()
    {
        Assert.SkipUnless(File.Exists("/bin/sh") && OperatingSystem.IsLinux(), "needs Linux and /bin/sh");
        WriteFile(LatinName, "channel = [ \"connection=PTY,name=org.example.a.0\" ]\n");

        var (exit, stdout, stderr) = Run(["lint"u8.ToArray(), LatinName]);
        Assert.Equal(1, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("\"c\\xff.cfg\":1:25: error XLC0107", Encoding.UTF8.GetString(stdout), StringComparison.Ordinal);
        Assert.True(Utf8.IsValid(stdout), "stdout is not UTF-8");

        var github = Run(["lint"u8.ToArray(), "--format"u8.ToArray(), "github"u8.ToArray(), LatinName]);
        Assert.StartsWith("::error file=c\\xff.cfg,line=1,col=25,", Encoding.UTF8.GetString(github.Stdout), StringComparison.Ordinal);

        var list = Run(["channel"u8.ToArray(), "list"u8.ToArray(), LatinName]);
        Assert.Contains("org.example.a.0", Encoding.UTF8.GetString(list.Stdout), StringComparison.Ordinal);

        var dump = Run(["dump"u8.ToArray(), LatinName]);
        Assert.True(Utf8.IsValid(dump.Stdout), "dump's JSON is not UTF-8");
        Assert.Contains("org.example.a.0", Encoding.UTF8.GetString(dump.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_not_confused_with_its_replacement()
    {
        // .NET alone reads "c\uFFFD.cfg" for both names, and opens the second for the first.
        Assert.SkipUnless(File.Exists("/bin/sh") && OperatingSystem.IsLinux(), "needs Linux and /bin/sh");
        WriteFile(LatinName, "memory = 512\n");
        WriteFile([(byte)'c', .. "\uFFFD.cfg"u8], "channel = [ \"connection=PTY,name=org.example.a.0\" ]\n");
        var (exit, stdout, _) = Run(["lint"u8.ToArray(), "--format"u8.ToArray(), "json"u8.ToArray(), LatinName]);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("XLC0107", Encoding.UTF8.GetString(stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_by_a_name_that_is_not_utf8_is_refused_and_no_neighbour_is_overwritten()
    {
        // .NET would write "c\uFFFD.cfg": the neighbour would get the other file's fixed content.
        Assert.SkipUnless(File.Exists("/bin/sh") && OperatingSystem.IsLinux(), "needs Linux and /bin/sh");
        const string Bad = "channel = [ \"connection=PTY,name=org.example.a.0\" ]\n";
        WriteFile(LatinName, Bad);
        string neighbour = Path.Combine(_dir, "c\uFFFD.cfg");
        File.WriteAllText(neighbour, "memory = 512\n");
        foreach (byte[][] args in new[]
        {
            new[] { "fix"u8.ToArray(), "-i"u8.ToArray(), LatinName },
            ["channel"u8.ToArray(), "add"u8.ToArray(), "-i"u8.ToArray(), LatinName, "--connection"u8.ToArray(), "pty"u8.ToArray(), "--name"u8.ToArray(), "org.example.b.0"u8.ToArray()],
            ["dump"u8.ToArray(), "-o"u8.ToArray(), LatinName, "plain.cfg"u8.ToArray()],
        })
        {
            var (exit, _, stderr) = Run(args);
            Assert.Equal(2, exit);
            Assert.StartsWith("xlchan: \"c\\xff.cfg\": cannot write a file whose name is not UTF-8", Encoding.UTF8.GetString(stderr), StringComparison.Ordinal);
            Assert.Equal("memory = 512\n", File.ReadAllText(neighbour));
        }

        // Without --in-place the diff is printed, and nothing is written.
        var diff = Run(["fix"u8.ToArray(), LatinName]);
        Assert.Equal(0, diff.Exit);
        Assert.Contains("+channel = [ \"connection=pty,", Encoding.UTF8.GetString(diff.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_are_listed_by_the_bytes_of_their_names()
    {
        Assert.SkipUnless(LinuxFileNames.Supported, "needs 64-bit Linux");
        WriteFile(LatinName, "memory = 512\n");
        WriteFile("plain.cfg"u8.ToArray(), "memory = 512\n");
        var entries = LinuxFileNames.ReadDirectory(_dir);
        Assert.Equal(["c\udcff.cfg", "plain.cfg"], entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Contains(e.Kind, new[] { FileKind.Regular, FileKind.Unknown }));
        Assert.Equal(LatinName, FileNameText.Encode(entries.Single(e => e.Name.StartsWith('c')).Name));
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(_dir, "c\udcff.cfg")));
        Assert.True(InputFile.TryRead(Path.Combine(_dir, "c\udcff.cfg"), TextWriter.Null, out var source));
        Assert.Equal("memory = 512\n", Encoding.UTF8.GetString(source.Bytes.Span));
    }

    /// <summary>Runs xlchan with arguments given as bytes (each made by printf from octal escapes); returns what it wrote, as bytes.</summary>
    private (int Exit, byte[] Stdout, byte[] Stderr) Run(byte[][] args)
    {
        var script = new StringBuilder("exec dotnet \"$0\"");
        foreach (byte[] arg in args)
        {
            Assert.False(arg.Length > 0 && arg[^1] == '\n', "command substitution would drop a final newline");
            script.Append(" \"$(printf '").Append(string.Concat(arg.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')))).Append("')\"");
        }

        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script.ToString());
        start.ArgumentList.Add(XlchanProcess.Dll);
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("xlchan did not finish");
        }

        Task.WaitAll(copyOut, copyErr);
        return (process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }

    /// <summary>Creates a file by its name's bytes (through the shell, as .NET cannot name it).</summary>
    private void WriteFile(byte[] name, string content)
    {
        string octal = string.Concat(name.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')));
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = _dir, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"cat > \"$(printf '{octal}')\"");
        using var process = Process.Start(start)!;
        process.StandardInput.Write(content);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
