using System.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Tests.Robustness;

/// <summary>Printing the report costs no more than a few times linting, whatever the shape of the file (a ratio, so the machine's speed does not matter).</summary>
[Collection(SerialCollection.Name)]
public sealed class ReportTimeTests
{
    [Fact]
    public void Text_report_of_many_short_lines()
    {
        var (lint, report) = Time(Inputs.Repeat("a=1\n", 1_000_000));
        Assert.True(report <= 3 * lint, $"report {report.TotalMilliseconds:F0} ms, lint {lint.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Text_report_of_one_long_line()
    {
        var (lint, report) = Time(Inputs.Repeat("a=1;", 1_000_000));
        Assert.True(report <= 3 * lint, $"report {report.TotalMilliseconds:F0} ms, lint {lint.TotalMilliseconds:F0} ms");
    }

    private static (TimeSpan Lint, TimeSpan Report) Time(byte[] input)
    {
        var source = new SourceText("big.cfg", input);
        _ = XlLinter.Lint(source);
        var clock = Stopwatch.StartNew();
        var result = XlLinter.Lint(source);
        var lint = clock.Elapsed;
        clock.Restart();
        foreach (var diagnostic in result.Diagnostics)
        {
            _ = DiagnosticTextFormatter.Format("big.cfg", source, diagnostic, color: false);
        }

        return (lint, clock.Elapsed);
    }
}
