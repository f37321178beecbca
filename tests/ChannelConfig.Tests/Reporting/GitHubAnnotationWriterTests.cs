using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Reporting;

/// <summary><see cref="GitHubAnnotationWriter"/> on its own: one workflow command per diagnostic, escaped so that no path or message can end it or start another.</summary>
public sealed class GitHubAnnotationWriterTests
{
    private static Diagnostic Finding(string code) =>
        Assert.Single(ReportExamples.File(ReportExamples.Findings).Result.Diagnostics, d => d.Code == code);

    [Fact]
    public void A_diagnostic_is_a_command_with_its_severity_span_title_and_message()
    {
        var d = Finding(DiagnosticCatalog.UnusedSuppression.Id);
        var s = d.Span;
        string expected = $"::warning file=vm.cfg,line={s.Start.Line},col={s.Start.Column},endLine={s.End.Line},endColumn={s.End.Column},"
            + $"title={GitHubAnnotationWriter.EscapeProperty($"{d.Code} {d.Descriptor.Title}")}::{GitHubAnnotationWriter.EscapeData(d.Message)}";
        Assert.Equal(expected, GitHubAnnotationWriter.Format("vm.cfg", d));
    }

    [Fact]
    public void Each_severity_has_its_command()
    {
        var all = ReportExamples.File(ReportExamples.Findings + "channel += [ \"connection=pty, name=agent2\" ]\n").Result.Diagnostics;
        Assert.StartsWith("::error ", GitHubAnnotationWriter.Format("vm.cfg", all.First(d => d.Severity == DiagnosticSeverity.Error)), StringComparison.Ordinal);
        Assert.StartsWith("::warning ", GitHubAnnotationWriter.Format("vm.cfg", all.First(d => d.Severity == DiagnosticSeverity.Warning)), StringComparison.Ordinal);
        Assert.StartsWith("::notice ", GitHubAnnotationWriter.Format("vm.cfg", all.First(d => d.Severity == DiagnosticSeverity.Info)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100%", "100%25")]
    [InlineData("a\rb\nc\r\n", "a%0Db%0Ac%0D%0A")]
    [InlineData("%0A", "%250A")]
    [InlineData("a:b,c", "a:b,c")]
    public void Data_escapes_percent_cr_and_lf_and_nothing_else(string value, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotationWriter.EscapeData(value));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a:b,c%d\ne\r", "a%3Ab%2Cc%25d%0Ae%0D")]
    [InlineData("::error::x", "%3A%3Aerror%3A%3Ax")]
    [InlineData("%3A", "%253A")]
    public void A_property_escapes_colon_and_comma_too(string value, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotationWriter.EscapeProperty(value));

    [Fact]
    public void A_path_with_colon_comma_and_percent_stays_one_property()
    {
        string line = GitHubAnnotationWriter.Format("a:b,c%d.cfg", Finding(DiagnosticCatalog.UnusedSuppression.Id));
        Assert.StartsWith("::warning file=a%3Ab%2Cc%25d.cfg,line=", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb.cfg")]
    [InlineData("a\r\n::error file=x::forged.cfg")]
    [InlineData("a\u001b]0;title\u0007.cfg")]
    [InlineData("a\u0000\u0008\u007f\u009b.cfg")]
    public void Control_characters_in_a_path_cannot_end_the_command_or_reach_the_log(string path)
    {
        string line = GitHubAnnotationWriter.Format(path, Finding(DiagnosticCatalog.UnusedSuppression.Id));
        Assert.DoesNotContain(line, c => char.IsControl(c));
        Assert.StartsWith("::warning file=" + GitHubAnnotationWriter.EscapeProperty(PrintableText.Text(path)) + ",line=", line, StringComparison.Ordinal);

        // The properties end at the first "::": only the one before the message.
        int end = line.IndexOf("::", 2, StringComparison.Ordinal);
        Assert.Contains(",title=", line[..end], StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_is_printable_text_escaped_as_data()
    {
        foreach (var d in ReportExamples.File(ReportExamples.Findings).Result.Diagnostics)
        {
            string line = GitHubAnnotationWriter.Format("vm.cfg", d);
            Assert.EndsWith("::" + GitHubAnnotationWriter.EscapeData(PrintableText.Text(d.Message)), line, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', line);
        }
    }
}
