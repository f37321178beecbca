using ChannelConfig.Diagnostics;
using ChannelConfig.Rules;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Rules;

/// <summary>Inline <c># xlchan:</c> comments: every form, their reasons, and the findings about suppressions themselves.</summary>
public sealed class SuppressionTests
{
    // XLC0120 (info): a channel name that is not reverse-domain style; XLC0121 (info): a well-known name.
    private const string Agent = "\"connection=pty, name=agent\"";
    private const string Agent2 = "\"connection=pty, name=agent2\"";

    private static LintResult Lint(string text, RuleConfiguration? rules = null) =>
        XlLinter.Lint(SourceText.FromString("vm.cfg", text), new LintOptions { Rules = rules ?? RuleConfiguration.Default });

    private static string[] Codes(LintResult result) => [.. result.Diagnostics.Select(d => $"{d.Span.Start.Line}:{d.Code}")];

    [Fact]
    public void Without_a_comment_the_finding_is_reported()
    {
        Assert.Equal([$"1:{DiagnosticCatalog.ChannelNameStyle.Id}"], Codes(Lint($"channel = [ {Agent} ]\n")));
    }

    [Fact]
    public void At_the_end_of_a_line_it_silences_that_line_and_keeps_the_reason()
    {
        var result = Lint($"channel = [ {Agent} ]  # xlchan: disable=XLC0120 -- legacy agent, renamed in Q3\n");
        Assert.Empty(result.Diagnostics);
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal(DiagnosticCatalog.ChannelNameStyle.Id, suppressed.Diagnostic.Code);
        Assert.Equal(SuppressionScope.Line, suppressed.Suppression.Scope);
        Assert.Equal("legacy agent, renamed in Q3", suppressed.Justification);
    }

    [Fact]
    public void On_a_line_of_its_own_it_silences_the_next_line_that_is_not_blank_or_a_comment()
    {
        var result = Lint($"# xlchan: disable=XLC0120\n\n# another comment\nchannel = [ {Agent} ]\nchannel += [ {Agent2} ]\n");
        Assert.Equal([$"5:{DiagnosticCatalog.ChannelNameStyle.Id}"], Codes(result));
        Assert.Equal(4, Assert.Single(result.Suppressed).Diagnostic.Span.Start.Line);
        Assert.Null(result.Suppressed[0].Justification);
    }

    [Fact]
    public void Inside_a_multi_line_list_it_silences_the_next_item()
    {
        string text = "channel = [\n    \"connection=pty, name=org.example.ok.0\",\n    # xlchan: disable=XLC0120 -- vendor name\n    " + Agent + ",\n    \"connection=pty, name=other\",\n]\n";
        var result = Lint(text);
        Assert.Equal([$"5:{DiagnosticCatalog.ChannelNameStyle.Id}"], Codes(result));
        Assert.Equal(4, Assert.Single(result.Suppressed).Diagnostic.Span.Start.Line);
    }

    [Fact]
    public void Disable_file_silences_the_code_everywhere_and_only_that_code()
    {
        string text = $"channel = [ {Agent}, \"connection=pty, name=org.qemu.guest_agent.0\" ]\nchannel += [ {Agent2} ]\n# xlchan: disable-file=XLC0120\n";
        var result = Lint(text);
        Assert.Equal([$"1:{DiagnosticCatalog.WellKnownChannelName.Id}"], Codes(result));
        Assert.Equal(2, result.Suppressed.Count);
        Assert.All(result.Suppressed, s => Assert.Equal(SuppressionScope.File, s.Suppression.Scope));
    }

    [Fact]
    public void Several_codes_and_a_directive_after_other_comment_text()
    {
        var result = Lint($"channel = [ {Agent}, \"connection=pty, name=org.qemu.guest_agent.0\" ]  # old VM # xlchan: disable=XLC0121, XLC0120\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Suppressed.Count);
    }

    [Fact]
    public void A_hash_inside_a_string_is_not_a_comment()
    {
        var result = Lint($"name = \"vm # xlchan: disable=XLC0120\"\nchannel = [ {Agent} ]\n");
        Assert.Equal([$"2:{DiagnosticCatalog.ChannelNameStyle.Id}"], Codes(result));
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public void A_comment_that_mentions_xlchan_in_prose_is_no_directive()
    {
        Assert.Empty(Lint("# checked by xlchan: see the README\nmemory = 512\n").Diagnostics);
    }

    [Fact]
    public void An_unused_suppression_is_a_warning_whose_fix_removes_the_comment()
    {
        string text = "memory = 512  # xlchan: disable=XLC0120\n# xlchan: disable=XLC0121\nvcpus = 2\n";
        var result = Lint(text);
        Assert.Equal([$"1:{DiagnosticCatalog.UnusedSuppression.Id}", $"2:{DiagnosticCatalog.UnusedSuppression.Id}"], Codes(result));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("on this line", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("on line 3", result.Diagnostics[1].Message, StringComparison.Ordinal);

        var edits = result.Diagnostics.SelectMany(d => d.Fix!.Edits).ToList();
        Assert.Equal("memory = 512\nvcpus = 2\n", Apply(text, edits));
    }

    [Fact]
    public void A_partly_used_suppression_keeps_only_the_used_codes()
    {
        string text = $"channel = [ {Agent} ]  # xlchan: disable=XLC0114,XLC0120,XLC0117 -- why\n";
        var result = Lint(text);
        Assert.Equal([$"1:{DiagnosticCatalog.UnusedSuppression.Id}", $"1:{DiagnosticCatalog.UnusedSuppression.Id}"], Codes(result));
        var fix = Assert.Single(result.Diagnostics, d => d.Fix is not null).Fix!;
        Assert.Equal($"channel = [ {Agent} ]  # xlchan: disable=XLC0120 -- why\n", Apply(text, fix.Edits));
    }

    [Fact]
    public void A_file_suppression_that_silences_nothing_says_so()
    {
        var result = Lint("# xlchan: disable-file=XLC0120\nmemory = 512\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.UnusedSuppression.Id, d.Code);
        Assert.Contains("anywhere in this file", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_turned_off_by_the_configuration_are_not_reported_as_unused()
    {
        var rules = new RuleConfiguration(ignore: [DiagnosticCatalog.ChannelNameStyle.Id]);
        Assert.Empty(Lint("memory = 512  # xlchan: disable=XLC0120\n", rules).Diagnostics);
    }

    [Fact]
    public void An_unknown_code_is_an_error_with_a_suggestion()
    {
        var result = Lint($"channel = [ {Agent} ]  # xlchan: disable=XLC120\n");
        Assert.Equal([$"1:{DiagnosticCatalog.ChannelNameStyle.Id}", $"1:{DiagnosticCatalog.UnknownSuppressionCode.Id}"], Codes(result));
        var d = result.Diagnostics[1];
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("did you mean XLC0120?", d.Message, StringComparison.Ordinal);
        Assert.Equal("XLC120", Text(result, d));
    }

    [Theory]
    [InlineData("# xlchan: disabel=XLC0120", "did you mean `disable=`?")]
    [InlineData("# xlchan: disable=", "names no code")]
    [InlineData("# xlchan: disable=XLC0120 because it is old", "write a reason after ` -- `")]
    [InlineData("# xlchan: disable=XLC0120,,XLC0121", "empty code")]
    [InlineData("# xlchan: disable=XLC0300", "cannot be silenced by a comment")]
    public void A_malformed_directive_is_an_error(string comment, string expected)
    {
        var result = Lint($"memory = 512  {comment}\n");
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCatalog.InvalidSuppression.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silencing_every_error_of_a_file_xl_rejects_still_fails_it()
    {
        var result = Lint("channel = [ \"connection=SOCKET, path=/run/a.sock, name=org.example.a.0\" ]  # xlchan: disable=XLC0107 -- trust me\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.RejectedWhileSilenced.Id, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("SOCKET", Text(result, d));
        Assert.Equal(DiagnosticCatalog.ConnectionCase.Id, Assert.Single(result.Suppressed).Diagnostic.Code);

        var demoted = Lint("channel = [ \"connection=SOCKET, path=/run/a.sock, name=org.example.a.0\" ]\n", new RuleConfiguration([new(DiagnosticCatalog.ConnectionCase.Id, RuleLevel.Warning)]));
        Assert.Equal([$"1:{DiagnosticCatalog.ConnectionCase.Id}", $"1:{DiagnosticCatalog.RejectedWhileSilenced.Id}"], Codes(demoted));
        Assert.Equal(DiagnosticSeverity.Warning, demoted.Diagnostics[0].Severity);
    }

    [Fact]
    public void Silencing_an_error_xl_goes_on_after_needs_no_guard()
    {
        // xl warns and starts the domain without channels (XLC0100 is ours, not xl's verdict).
        var result = Lint("channel = \"connection=pty,name=org.example.a.0\"  # xlchan: disable=XLC0100\n");
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Suppressed);
    }

    private static string Text(LintResult result, Diagnostic d) => result.Config.Source.GetText(d.Span);

    private static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var output = new List<byte>();
        int at = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start.Offset))
        {
            output.AddRange(bytes[at..edit.Span.Start.Offset]);
            output.AddRange(System.Text.Encoding.UTF8.GetBytes(edit.NewText));
            at = edit.Span.End.Offset;
        }

        output.AddRange(bytes[at..]);
        return System.Text.Encoding.UTF8.GetString([.. output]);
    }
}
