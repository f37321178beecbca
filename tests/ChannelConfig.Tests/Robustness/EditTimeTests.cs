using System.Globalization;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Cli;
using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 11: the commands that edit (<c>channel add|set|remove</c>, <c>fix</c>) and
/// <c>channel list</c> take time linear in the file, as the reader, the formats and the import
/// do: each edit reads the file, plans, applies its edits, reads the result again and writes its
/// diff. Timed, so run alone after the parallel tests (<see cref="SerialCollection"/>).
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
[Collection(SerialCollection.Name)]
public sealed class EditTimeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-edit-time-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Each edit, with its diff written as <c>xlchan</c> writes it, takes time linear in the file (see <see cref="Measure.AssertLinear(Func{int, byte[]}, int, Action{byte[]}, double)"/>).</summary>
    [Theory]
    [InlineData("add")]
    [InlineData("set")]
    [InlineData("remove")]
    [InlineData("fix")]
    public void An_edit_takes_time_linear_in_the_file(string edit)
    {
        Measure.AssertLinear(
            Input,
            30_000,
            input =>
            {
                var editor = new XlConfigEditor(new SourceText("vm.cfg", input));
                var result = edit switch
                {
                    "add" => editor.AddChannel(new ChannelSpec("org.example.new.0", ChannelConnection.Pty)),
                    "set" => editor.SetChannel("org.example.agent.25", new ChannelChanges(Connection: ChannelConnection.Pty)),
                    "remove" => editor.RemoveChannel("org.example.agent.25"),
                    _ => editor.ApplyFixes(),
                };
                Assert.True(result.Succeeded && result.Changed, result.Error);
                result.WriteUnifiedDiff(Stream.Null, "vm.cfg");
            });
    }

    /// <summary>
    /// <c>fix</c> of a CRLF file whose every line also has a fix of its own (an upper-case hex
    /// number before a comment): the fixes grow with the file, and each is checked against the
    /// edits accepted before it, among them the CRLF fix's edit for every line. Checking each by
    /// sorting every accepted edit again made this quadratic: 1,000 such lines took 100 times as
    /// long as 100, and a 3.9 MB file 46 s.
    /// </summary>
    [Fact]
    public void A_fix_of_many_fixes_beside_the_line_ending_fix_takes_time_linear_in_the_file()
    {
        Measure.AssertLinear(
            length =>
            {
                var text = new StringBuilder("a = 1\r\n");
                for (int i = 0; text.Length < length; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"v{i} = 0xAB # c\r\n");
                }

                return Encoding.UTF8.GetBytes(text.ToString());
            },
            1_500,
            input =>
            {
                var result = new XlConfigEditor(new SourceText("vm.cfg", input)).ApplyFixes();
                Assert.True(result.Succeeded && result.FixesApplied > 1, result.Error);
            });
    }

    [Fact]
    public void Channel_list_takes_time_linear_in_the_file()
    {
        var paths = new Dictionary<int, string>();
        Measure.AssertLinear(
            Input,
            30_000,
            input =>
            {
                if (!paths.TryGetValue(input.Length, out string? path))
                {
                    path = paths[input.Length] = Path.Combine(_dir, $"vm{input.Length}.cfg");
                    File.WriteAllBytes(path, input);
                }

                Assert.Equal(1, XlchanApp.Run(["channel", "list", path], TextWriter.Null, TextWriter.Null));
            });
    }

    /// <summary>About <paramref name="length"/> bytes of socket channels, the first 20 of them with a fix to make (<c>connection=PTY</c> to <c>pty</c>): the same fixes at every size.</summary>
    private static byte[] Input(int length)
    {
        var text = new StringBuilder("channel = [\n");
        for (int i = 0; text.Length < length; i++)
        {
            text.Append(i < 20
                ? $"\"connection=PTY,name=org.example.fix.{i}\",\n"
                : $"\"connection=socket,path=/run/xen/a{i}.sock,name=org.example.agent.{i}\",\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("]\n").ToString());
    }
}
