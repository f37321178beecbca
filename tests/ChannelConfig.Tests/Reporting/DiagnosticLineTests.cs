using ChannelConfig.Reporting;
using ChannelConfig.Tests.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Reporting;

/// <summary>The one-line diagnostic form: what xlchan prints on standard error, and the first line of the multi-line form.</summary>
public sealed class DiagnosticLineTests
{
    private const string Config = "channel = [ \"connection=bogus,name=a\" ]\n";

    [Fact]
    public void The_line_is_path_line_column_severity_code_and_message()
    {
        var d = ChannelReadingTests.Lint(Config).Diagnostics[0];
        string expected = $"guest.cfg:{d.Span.Start.Line}:{d.Span.Start.Column}: {ChannelConfig.Diagnostics.Diagnostic.SeverityName(d.Severity)} {d.Code}: {d.Message}";
        Assert.Equal(expected, DiagnosticTextFormatter.Line("guest.cfg", d));
    }

    [Fact]
    public void The_line_is_the_first_line_of_the_uncoloured_multi_line_form()
    {
        var source = new SourceText("guest.cfg", System.Text.Encoding.UTF8.GetBytes(Config));
        foreach (var d in ChannelReadingTests.Lint(Config).Diagnostics)
        {
            string full = DiagnosticTextFormatter.Format("guest.cfg", source, d, color: false);
            Assert.Equal(full[..full.IndexOf('\n', StringComparison.Ordinal)], DiagnosticTextFormatter.Line("guest.cfg", d));
        }
    }

    [Fact]
    public void A_path_with_a_control_character_cannot_start_a_second_line()
    {
        var d = ChannelReadingTests.Lint(Config).Diagnostics[0];
        string line = DiagnosticTextFormatter.Line("a\n::error::x.cfg", d);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith(PrintableText.Path("a\n::error::x.cfg") + ":", line, StringComparison.Ordinal);
    }
}
