using System.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

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

    /// <summary>The best of five lints and of five reports (a burst of load on a shared host slows one measurement, rarely five).</summary>
    private static (TimeSpan Lint, TimeSpan Report) Time(byte[] input)
    {
        var source = new SourceText("big.cfg", input);
        var result = XlLinter.Lint(source);
        TimeSpan lint = TimeSpan.MaxValue, report = TimeSpan.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            result = XlLinter.Lint(source);
            lint = clock.Elapsed < lint ? clock.Elapsed : lint;
            clock.Restart();
            foreach (var diagnostic in result.Diagnostics)
            {
                _ = DiagnosticTextFormatter.Format("big.cfg", source, diagnostic, color: false);
            }

            report = clock.Elapsed < report ? clock.Elapsed : report;
        }

        return (lint, report);
    }
}
