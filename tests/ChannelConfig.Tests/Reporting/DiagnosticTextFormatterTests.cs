using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;

namespace ChannelConfig.Tests.Reporting;

/// <summary><see cref="DiagnosticTextFormatter"/> on its own: the heading line, the source line with its caret, the fix line, colour on and off, and the summary.</summary>
public sealed class DiagnosticTextFormatterTests
{
    private static (LintResult Result, Diagnostic Diagnostic) Finding(string code)
    {
        var result = ReportExamples.Lint(ReportExamples.Findings);
        return (result, Assert.Single(result.Diagnostics, d => d.Code == code));
    }

    [Fact]
    public void Without_colour_a_warning_is_heading_source_line_caret_and_fix()
    {
        var (result, d) = Finding(DiagnosticCatalog.UnusedSuppression.Id);
        string text = DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, d, color: false);
        var lines = text.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("", lines[4]);
        Assert.Equal($"vm.cfg:3:{d.Span.Start.Column}: warning {d.Code}: {d.Message}", lines[0]);
        Assert.Equal("    memory = 512  # xlchan: disable=XLC0121", lines[1]);
        int width = d.Span.End.Column - d.Span.Start.Column;
        Assert.Equal("    " + new string(' ', d.Span.Start.Column - 1) + "^" + new string('~', width - 1), lines[2]);
        Assert.Equal("XLC0121", lines[1][(3 + d.Span.Start.Column)..(3 + d.Span.End.Column)]);
        Assert.Equal($"    = fix: {d.Fix!.Title} (`xlchan fix` can apply it)", lines[3]);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void With_colour_the_path_is_bold_the_severity_coloured_and_the_caret_green()
    {
        var (result, d) = Finding(DiagnosticCatalog.UnusedSuppression.Id);
        string plain = DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, d, color: false);
        string coloured = DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, d, color: true);
        Assert.StartsWith("\u001b[1mvm.cfg:3:", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[0m\u001b[1;35mwarning\u001b[0m " + d.Code, coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;32m^", coloured, StringComparison.Ordinal);

        // Take the escapes out and the text is the uncoloured text.
        Assert.Equal(plain, System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public void Errors_are_red_and_infos_cyan()
    {
        var result = ReportExamples.Lint(ReportExamples.Findings);
        var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("\u001b[1;31merror\u001b[0m", DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, error, color: true), StringComparison.Ordinal);

        var infoResult = ReportExamples.Lint("channel = [ \"connection=pty, name=agent\" ]\n");
        var info = Assert.Single(infoResult.Diagnostics);
        Assert.Contains("\u001b[1;36minfo\u001b[0m", DiagnosticTextFormatter.Format("vm.cfg", infoResult.Config.Source, info, color: true), StringComparison.Ordinal);
    }

    [Fact]
    public void An_info_has_no_fix_line_and_an_error_without_a_mechanical_fix_gives_the_rules_advice()
    {
        var infoResult = ReportExamples.Lint("channel = [ \"connection=pty, name=agent\" ]\n");
        var info = Assert.Single(infoResult.Diagnostics);
        Assert.DoesNotContain("= fix:", DiagnosticTextFormatter.Format("vm.cfg", infoResult.Config.Source, info, color: false), StringComparison.Ordinal);

        var result = ReportExamples.Lint(ReportExamples.Findings);
        var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error && d.Fix is null);
        Assert.EndsWith($"    = fix: {error.Descriptor.Fix}\n", DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, error, color: false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_caret_stays_within_the_line_when_the_span_runs_past_it()
    {
        var result = ReportExamples.Lint("channel = [ \"connection=pty, name=agent\",\n  \"connection=pty, name=agent2\" ]\n");
        foreach (var d in result.Diagnostics)
        {
            var lines = DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, d, color: false).Split('\n');
            Assert.True(lines[2].TrimEnd().Length <= lines[1].Length + 1, $"{lines[1]}\n{lines[2]}");
            Assert.Matches("^ +\\^~*$", lines[2]);
        }
    }

    [Fact]
    public void A_line_too_long_to_show_gives_no_source_line_or_caret()
    {
        var result = ReportExamples.Lint("shadow_memory = 0xFF" + new string(' ', 600) + "\n");
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCatalog.UppercaseHex.Id);
        var lines = DiagnosticTextFormatter.Format("vm.cfg", result.Config.Source, d, color: false).Split('\n');
        Assert.StartsWith("vm.cfg:1:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    = fix: ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 0, 0, 0, "1 file, 1 error, 0 warnings, 0 infos")]
    [InlineData(3, 2, 1, 5, 0, "3 files, 2 errors, 1 warning, 5 infos")]
    [InlineData(2, 0, 0, 1, 4, "2 files, 0 errors, 0 warnings, 1 info, 4 suppressed")]
    public void The_summary_counts_in_words(int files, int errors, int warnings, int infos, int suppressed, string expected) =>
        Assert.Equal(expected, DiagnosticTextFormatter.Summary(new LintCounts(files, errors, warnings, infos, suppressed), []));

    [Fact]
    public void The_summary_names_the_xen_releases()
    {
        var counts = new LintCounts(2, 0, 0, 0, 0);
        Assert.EndsWith(" (as Xen 4.17)", DiagnosticTextFormatter.Summary(counts, ["4.17"]), StringComparison.Ordinal);
        Assert.EndsWith(" (as Xen 4.17 and newest)", DiagnosticTextFormatter.Summary(counts, ["4.17", "newest"]), StringComparison.Ordinal);
    }
}
