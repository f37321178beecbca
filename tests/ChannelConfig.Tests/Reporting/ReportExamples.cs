using ChannelConfig.Reporting;
using ChannelConfig.Rules;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Reporting;

/// <summary>Linted files for the report formatters' own tests: one of each severity, a mechanical fix, and a finding a comment silenced with a reason.</summary>
internal static class ReportExamples
{
    /// <summary>
    /// Line 1: XLC0120 (info) on <c>agent</c>, silenced with a reason; line 2: a socket without a
    /// path (error, no mechanical fix); line 3: a suppression that silences nothing (XLC0300, a
    /// warning with a mechanical fix).
    /// </summary>
    public const string Findings =
        "channel = [ \"connection=pty, name=agent\" ]  # xlchan: disable=XLC0120 -- legacy agent, renamed in Q3\n"
        + "channel += [ \"connection=socket, name=org.example.b.0\" ]\n"
        + "memory = 512  # xlchan: disable=XLC0121\n";

    public static LintResult Lint(string text, string name = "vm.cfg") =>
        XlLinter.Lint(SourceText.FromString(name, text), new LintOptions { Rules = RuleConfiguration.Default });

    public static LintedFile File(string text, string path = "vm.cfg", string? xenRelease = null) =>
        new(path, Lint(text, path)) { XenRelease = xenRelease };
}
