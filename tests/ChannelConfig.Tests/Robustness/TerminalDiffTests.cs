using System.Text;
using ChannelConfig.Cli;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 9 for diffs and fixed files: they carry the file's own bytes, exactly when
/// standard output is a pipe or a file (so that <c>patch</c> applies them, item 10), but a
/// terminal is shown them with every unsafe character escaped: a value holding <c>ESC[2J</c>, an
/// OSC title ended by BEL or a bidirectional override cannot drive the terminal showing the diff.
/// </summary>
public sealed class TerminalDiffTests : IDisposable
{
    // A comment with a byte that is not UTF-8; a tab-indented item with ESC[2J and U+202E; an item with an OSC title.
    private static readonly byte[] Hostile = Encoding.Latin1.GetBytes("# caf\xff\nchannel = [\n\t\"connection=pty,name=org.\x1b[2J")
        .Concat(Encoding.UTF8.GetBytes("\u202e"))
        .Concat(Encoding.Latin1.GetBytes(".x\",\n  \"connection=PTY,path=/tmp/a\x1b]0;T\x07,name=org.b.c\"\n]\n")).ToArray();

    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-terminal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("channel add FILE --name org.z.z --connection pty")]
    [InlineData("fix FILE")]
    [InlineData("fix -")]
    public void A_terminal_is_shown_the_file_bytes_escaped(string command)
    {
        var (exit, shown) = Run(command, terminal: true);
        string text = Encoding.UTF8.GetString(shown);
        Assert.True(exit is 0 or 1, text);
        Assert.DoesNotContain(text, c => c != '\n' && c != '\t' && PrintableText.IsUnsafe(c));
        Assert.Contains("name=org.\\x1b[2J\\u202e.x", text, StringComparison.Ordinal);
        Assert.Contains("path=/tmp/a\\x1b]0;T\\x07,name=org.b.c", text, StringComparison.Ordinal);
        Assert.Contains("# caf\\xff\n", text, StringComparison.Ordinal);
        Assert.Contains("\t\"connection=pty", text, StringComparison.Ordinal); // a tab stays a tab
    }

    [Theory]
    [InlineData("channel add FILE --name org.z.z --connection pty")]
    [InlineData("fix FILE")]
    [InlineData("fix -")]
    public void A_pipe_gets_the_file_bytes_exactly(string command)
    {
        var (exit, written) = Run(command, terminal: false);
        Assert.True(exit is 0 or 1);
        byte[] esc = Encoding.Latin1.GetBytes("name=org.\x1b[2J");
        Assert.True(written.AsSpan().IndexOf(esc) >= 0, "the raw bytes of the item");
        Assert.True(written.AsSpan().IndexOf(Encoding.Latin1.GetBytes("# caf\xff\n")) >= 0, "the raw byte of the comment");
    }

    private (int Exit, byte[] Stdout) Run(string command, bool terminal)
    {
        string file = Path.Combine(_dir, "vm.cfg");
        File.WriteAllBytes(file, Hostile);
        string[] args = [.. command.Split(' ').Select(a => a == "FILE" ? file : a)];
        using var stdoutBytes = new MemoryStream();
        using var stdout = new StreamWriter(stdoutBytes, new UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StringWriter();
        int exit = XlchanApp.Run(args, stdout, stderr, () => new MemoryStream(Hostile), stdoutIsTerminal: terminal);
        stdout.Flush();
        return (exit, stdoutBytes.ToArray());
    }
}
