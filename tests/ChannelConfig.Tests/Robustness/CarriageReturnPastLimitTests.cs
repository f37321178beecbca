using System.Text;
using System.Text.Json;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// The first carriage return's diagnostic (XLC0002) is completed at the end of the file (how many
/// lines end in CR, and the fix for all of them). Around the diagnostic limit (1,000) it may be
/// stored, stand as the too-many note (XLC0031), or be only counted: it is completed only when it
/// was stored, and the note keeps its own message. (Over 1,000 findings before the first CRLF
/// used to crash <c>xlchan lint</c>; exactly 1,000 gave the note the carriage return's message.)
/// </summary>
public sealed class CarriageReturnPastLimitTests
{
    private const string Note = "more than 1000 diagnostics: the rest of this file's findings are not listed; fix the ones above first";

    public static TheoryData<int, bool> Sizes => new()
    {
        { 999, false }, { 1000, false }, { 1001, false }, { 5000, false },
        { 999, true }, { 1000, true }, { 1001, true }, { 5000, true },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Reading_completes_the_carriage_return_only_when_it_was_stored(int errorLines, bool crlf)
    {
        var config = XlConfigReader.Read(new SourceText("t.cfg", Encoding.ASCII.GetBytes(Input(errorLines, crlf))));

        Assert.True(config.HasErrors);
        AssertDiagnostics(errorLines, crlf, config.Diagnostics.Select(d => (d.Code, d.Message, d.Fix?.Edits.Count ?? 0)).ToList());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Linting_completes_the_carriage_return_only_when_it_was_stored(int errorLines, bool crlf)
    {
        var result = XlLinter.Lint(new SourceText("t.cfg", Encoding.ASCII.GetBytes(Input(errorLines, crlf))));

        Assert.True(result.HasErrors);
        AssertDiagnostics(errorLines, crlf, result.Diagnostics.Select(d => (d.Code, d.Message, d.Fix?.Edits.Count ?? 0)).ToList());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Xlchan_lint_completes_the_carriage_return_only_when_it_was_stored(int errorLines, bool crlf)
    {
        string path = CliRunner.TempFile(Input(errorLines, crlf));

        var (exit, stdout, _) = CliRunner.Run("lint", path);
        Assert.Equal(1, exit);
        Assert.Contains(crlf || errorLines < 1000 ? "XLC0002" : Note, stdout, StringComparison.Ordinal);

        (exit, stdout, _) = CliRunner.Run("lint", "--format", "json", path);
        Assert.Equal(1, exit);
        var diagnostics = JsonDocument.Parse(stdout).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (
                d.GetProperty("code").GetString()!,
                d.GetProperty("message").GetString()!,
                d.TryGetProperty("fix", out var fix) && fix.TryGetProperty("edits", out var edits) ? edits.GetArrayLength() : 0))
            .ToList();
        AssertDiagnostics(errorLines, crlf, diagnostics);
    }

    /// <summary><paramref name="errorLines"/> lines of <c>A = 1</c> (an upper-case name: one error each), then <c>b = 1</c>; only the last line ends in CRLF unless <paramref name="crlf"/>.</summary>
    private static string Input(int errorLines, bool crlf) =>
        string.Concat(Enumerable.Repeat(crlf ? "A = 1\r\n" : "A = 1\n", errorLines)) + "b = 1\r\n";

    private static void AssertDiagnostics(int errorLines, bool crlf, List<(string Code, string Message, int Edits)> diagnostics)
    {
        int carriageReturns = crlf ? errorLines + 1 : 1;
        int findings = errorLines + 1;
        bool stored = crlf || errorLines < 1000; // With CRLF throughout, the first one is the second finding.

        Assert.Equal(Math.Min(errorLines, stored ? 999 : 1000), diagnostics.Count(d => d.Code == DiagnosticCatalog.InvalidName.Id));
        Assert.Equal(Math.Min(findings, 1000) + (findings > 1000 ? 1 : 0), diagnostics.Count);

        var notes = diagnostics.Where(d => d.Code == DiagnosticCatalog.TooManyDiagnostics.Id).ToList();
        if (findings > 1000)
        {
            var note = Assert.Single(notes);
            Assert.Equal(Note, note.Message);
            Assert.Equal(0, note.Edits);
        }
        else
        {
            Assert.Empty(notes);
        }

        var carriageReturn = diagnostics.Where(d => d.Code == DiagnosticCatalog.CarriageReturn.Id).ToList();
        if (stored)
        {
            var (_, message, edits) = Assert.Single(carriageReturn);
            Assert.Equal(DiagnosticCatalog.CarriageReturnAt(default, carriageReturns, null).Message, message);
            Assert.Equal(carriageReturns, edits);
        }
        else
        {
            Assert.Empty(carriageReturn);
        }
    }
}
