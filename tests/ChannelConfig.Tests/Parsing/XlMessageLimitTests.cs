using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Parsing;

/// <summary>
/// xl prints a line for every lexical error and every ignored channel field. We keep what it prints
/// up to 4 MiB, each line exactly as xl prints it, and build the lines of diagnostics past the
/// diagnostic limit only as far as xl's output needs them.
/// </summary>
public sealed class XlMessageLimitTests
{
    private const int MaxChars = 4 * 1024 * 1024;
    private const string Note = "(xl's messages for this file exceed 4 MiB; the rest are not kept)\n";

    [Fact]
    public void A_line_for_every_carriage_return_until_4_MiB_then_a_note_first()
    {
        int lines = 100_000; // About 5.4 MB of xl's messages.
        var config = TestConfigs.Read(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("a = 1\r\n", lines))));

        string stderr = config.XlStderr;
        Assert.StartsWith(Note + "t.cfg:1: config parsing error near `\r': lexical error\nt.cfg:2: ", stderr, StringComparison.Ordinal);
        Assert.EndsWith(": lexical error\nFailed to parse config: Invalid argument\n", stderr, StringComparison.Ordinal);
        Assert.Equal(stderr[Note.Length..^"Failed to parse config: Invalid argument\n".Length], config.XlReport);
        Assert.True(config.XlReport.Length <= MaxChars);
        Assert.True(config.XlReport.Length > MaxChars - 100);

        var kept = config.XlReport.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < kept.Length; i++)
        {
            Assert.Equal($"t.cfg:{i + 1}: config parsing error near `\r': lexical error", kept[i]);
        }

        Assert.Equal(config.XlReport.Split('\n')[0], config.Single(DiagnosticCatalog.CarriageReturn.Id).XlMessage);
    }

    [Fact]
    public void Under_the_limit_xl_s_messages_are_whole_and_without_a_note()
    {
        var config = TestConfigs.Read("$ = 1\nb = 2\n$\n");
        Assert.Equal("t.cfg:1: config parsing error near `$': lexical error\nt.cfg:3: config parsing error near `$': lexical error\n", config.XlReport);
        Assert.Equal(config.XlReport + "Failed to parse config: Invalid argument\n", config.XlStderr);
    }

    [Fact]
    public void Lexical_errors_past_the_diagnostic_limit_are_still_printed_as_xl_prints_them()
    {
        var config = TestConfigs.Read(string.Concat(Enumerable.Range(1, 30).Select(i => $"$x{i}\n")), new XlReaderOptions { MaxDiagnostics = 10 });
        var printed = config.XlReport.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, printed.Length);
        Assert.Equal($"t.cfg:30: config parsing error near `$x30': lexical error", printed[^1]);
        var withLines = config.Diagnostics.Where(d => d.XlMessage is not null).ToList();
        Assert.Equal(10, withLines.Count);
        Assert.Equal(printed[..10], withLines.Select(d => d.XlMessage));
        Assert.Contains(config.Diagnostics, d => d.Code == DiagnosticCatalog.TooManyDiagnostics.Id);
    }

    [Fact]
    public void Unknown_channel_fields_past_the_diagnostic_limit_are_still_printed_and_counted()
    {
        string fields = string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}=v,"));
        var result = XlLinter.Lint(
            new SourceText("t.cfg", Encoding.UTF8.GetBytes($"channel = [ \"{fields}connection=pty,name=a\" ]\n")),
            new ChannelOptions { MaxDiagnostics = 10 });

        var printed = result.Channels.XlOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"unknown channel parameter 'k{i}', ignoring"), printed);
        var unknown = result.Channels.Diagnostics.Where(d => d.Code == DiagnosticCatalog.UnknownChannelKey.Id).ToList();
        Assert.Equal(10, unknown.Count);
        Assert.Equal(printed[..10], unknown.Select(d => d.XlMessage));
        Assert.Contains(result.Channels.Diagnostics, d => d.Code == DiagnosticCatalog.TooManyDiagnostics.Id);
        Assert.Equal("a", Assert.Single(result.Channels.Channels).NameField!.Value);
    }

    [Fact]
    public void Unknown_channel_fields_stop_at_4_MiB_with_a_note_last()
    {
        int count = 200_000; // About 9 MB of xl's messages.
        string fields = string.Concat(Enumerable.Range(0, count).Select(i => $"key{i}=v,"));
        var result = XlLinter.Lint(new SourceText("t.cfg", Encoding.UTF8.GetBytes($"channel = [ \"{fields}connection=pty,name=a\" ]\n")));

        string output = result.Channels.XlOutput;
        Assert.EndsWith("', ignoring\n" + Note, output, StringComparison.Ordinal);
        Assert.True(output.Length <= MaxChars + Note.Length);
        var printed = output[..^Note.Length].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, printed.Length).Select(i => $"unknown channel parameter 'key{i}', ignoring"), printed);
        Assert.Equal(XlVerdict.Accepted, result.Verdict);
    }
}
