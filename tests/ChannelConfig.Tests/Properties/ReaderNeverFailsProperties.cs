using ChannelConfig.Diagnostics;
using ChannelConfig.Fuzz;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// Whatever the input (random bytes, soups of xl.cfg tokens and troublemakers, valid generated
/// configurations), reading and linting never throw, always give a verdict, and every span is valid.
/// </summary>
public sealed class ReaderNeverFailsProperties
{
    [Fact]
    public void Random_bytes() =>
        PropertyRunner.Check(XlGenerators.RandomBytes, bytes => LintAndCheck(bytes), maxTest: 300); // no defect it alone guards; kept: tests/README.md, "Property sizes"

    [Fact]
    public void Token_soups() =>
        PropertyRunner.Check(XlGenerators.TokenSoup, bytes => LintAndCheck(bytes), maxTest: 2000, endSize: 200); // 3x the latest first failure of b981bd1's defect: tests/README.md, "Property sizes"

    [Fact]
    public void Generated_configurations_are_read_without_syntax_errors() =>
        PropertyRunner.Check(XlGenerators.Configs, c =>
        {
            var result = LintAndCheck(XlCfgPrinter.Print(c.Settings, c.Layout));
            var unexpected = result.Config.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Code != DiagnosticCatalog.AppendTypeMismatch.Id);
            Assert.Empty(unexpected.Select(d => $"{d.Code} {d.Span}: {d.Message}"));
        }); // no replayed defect sets it; FsCheck's default 200 kept: tests/README.md, "Property sizes"

    private static LintResult LintAndCheck(byte[] input)
    {
        var source = new SourceText("p.cfg", input);
        var result = XlLinter.Lint(source);
        SpanChecks.CheckResult(source, result);
        foreach (var setting in result.Config.Settings)
        {
            // The operator's span holds the operator, also after a lexical error between it and the name.
            var op = setting.OperatorSpan;
            Assert.Equal(setting.Operator == AssignmentOperator.Append ? "+=" : "=", System.Text.Encoding.Latin1.GetString(input, op.Start.Offset, op.End.Offset - op.Start.Offset));
        }

        Assert.True(result.Verdict is XlVerdict.Accepted or XlVerdict.Rejected or XlVerdict.Crash);
        return result;
    }
}
