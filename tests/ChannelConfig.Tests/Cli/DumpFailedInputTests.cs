using ChannelConfig.Cli;

namespace ChannelConfig.Tests.Cli;

/// <summary>
/// Issue 22, item 6: <c>dump -o OUT missing.cfg</c> emptied OUT. The output is now streamed into
/// a temporary file, and an input that cannot be read ends the write, so OUT is left exactly as it
/// was, even when inputs before the missing one were already written.
/// </summary>
public sealed class DumpFailedInputTests : IDisposable
{
    private const string Good = "name = \"web-01\"\nchannel = [ \"connection=pty, name=org.example.a.0\" ]\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-dump-").FullName;

    [Theory]
    [InlineData("jsonl", "good.cfg", "missing.cfg")]
    [InlineData("jsonl", "missing.cfg", "good.cfg")]
    [InlineData("jsonl", "good.cfg", "good.cfg", "missing.cfg", "good.cfg")]
    [InlineData("json", "missing.cfg")]
    [InlineData("xenstore-script", "missing.cfg")]
    public void A_failed_run_leaves_the_output_as_it_was(string format, params string[] inputs)
    {
        File.WriteAllText(Path.Combine(_dir, "good.cfg"), Good);
        string output = Path.Combine(_dir, "out.txt");
        File.WriteAllText(output, "the previous output\n");
        var written = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(output, written);

        var (exit, stdout, stderr) = Dump(["-f", format, "-o", output, .. inputs.Select(i => Path.Combine(_dir, i))]);

        Assert.Equal(ExitCodes.UsageOrIo, exit);
        Assert.Equal("the previous output\n", File.ReadAllText(output));
        Assert.Equal(written, File.GetLastWriteTimeUtc(output));
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("missing.cfg: no such file", stderr, StringComparison.Ordinal);
        Assert.EndsWith($"xlchan: {output}: not written, as an input could not be read\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(_dir), file => Assert.Contains(Path.GetFileName(file), new[] { "good.cfg", "out.txt" })); // no temporary file left
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("xenstore")]
    [InlineData("libvirt")]
    [InlineData("udev")]
    public void A_run_that_reads_every_input_writes_what_standard_output_shows(string format)
    {
        File.WriteAllText(Path.Combine(_dir, "good.cfg"), Good);
        string output = Path.Combine(_dir, "out.txt");
        File.WriteAllText(output, "the previous output\n");
        string input = Path.Combine(_dir, "good.cfg");

        var (toFile, _, _) = Dump(["-f", format, "-o", output, input]);
        var (toStdout, stdout, _) = Dump(["-f", format, input]);

        Assert.Equal(toStdout, toFile);
        Assert.NotEmpty(stdout);
        Assert.Equal(stdout, File.ReadAllText(output));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Dump(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = XlchanApp.Run(["dump", .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
