using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Editing;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>The reader's certain fixes: carried by the diagnostics (so lint's JSON and SARIF have them) and applied by ApplyFixes.</summary>
public sealed class SyntaxFixTests
{
    private static LintResult Lint(byte[] bytes) => XlLinter.Lint(new SourceText("vm.cfg", bytes));

    private static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("memory = 512\r\nvcpus = 2\r\n", nameof(DiagnosticCatalog.CarriageReturn), "memory = 512\nvcpus = 2\n")]
    [InlineData("\uFEFFmemory = 512\n", nameof(DiagnosticCatalog.ByteOrderMark), "memory = 512\n")]
    [InlineData("shadow_memory = 0xFF\n", nameof(DiagnosticCatalog.UppercaseHex), "shadow_memory = 0xff\n")]
    [InlineData("shadow_memory = 0XaB\n", nameof(DiagnosticCatalog.UppercaseHex), "shadow_memory = 0xab\n")]
    [InlineData("memory =\f512\n", nameof(DiagnosticCatalog.ControlCharacter), "memory = 512\n")]
    [InlineData("memory = 512\n# end", nameof(DiagnosticCatalog.CommentAtEndWithoutNewline), "memory = 512\n# end\n")]
    [InlineData("vif = [ \"bridge=a\" \"bridge=b\" ]\n", nameof(DiagnosticCatalog.MissingComma), "vif = [ \"bridge=a\", \"bridge=b\" ]\n")]
    [InlineData("cpus = [ 1\n  2 ]\n", nameof(DiagnosticCatalog.MissingComma), "cpus = [ 1,\n  2 ]\n")]
    [InlineData("memory 512\n", nameof(DiagnosticCatalog.ExpectedAssignment), "memory = 512\n")]
    [InlineData("name \"vm\"\n", nameof(DiagnosticCatalog.ExpectedAssignment), "name = \"vm\"\n")]
    public void A_certain_syntax_fix_is_on_the_diagnostic_and_makes_the_file_read(string text, string rule, string expected)
    {
        string code = TestConfigs.CodeOf(rule);
        var before = Lint(B(text));
        var diagnostic = Assert.Single(before.Diagnostics, d => d.Code == code);
        var fix = Assert.IsType<DiagnosticFix>(diagnostic.Fix);
        Assert.Equal(expected, Encoding.UTF8.GetString(EditApplier.Apply(new SourceText("vm.cfg", B(text)), fix.Edits)));

        var result = new XlConfigEditor(new SourceText("vm.cfg", B(text))).ApplyFixes();
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, Encoding.UTF8.GetString(result.Edited!.Bytes.Span));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == code);
        Assert.Equal(XlVerdict.Accepted, result.Verdict);
        Assert.Equal(1, result.FixesApplied);
    }

    [Theory]
    [InlineData("memory = 512M\n")] // a unit: which number was meant is not certain
    [InlineData("type = HVM\n")] // an upper-case word may be a value, not a name
    [InlineData("memory\n")] // a name without a value: what value?
    [InlineData("memory = 12AB\n")] // hex digits without 0x: not a number anyone writes
    [InlineData("name = \"vm1\n")] // where the quote goes is not certain
    [InlineData("vif = [ \"bridge=a\" # first\n  \"bridge=b\" ]\n")] // a comment between the items: the comma is left to a person
    public void An_uncertain_syntax_problem_has_no_fix(string text)
    {
        var before = Lint(B(text));
        Assert.NotEqual(XlVerdict.Accepted, before.Config.Verdict);
        Assert.All(before.Diagnostics, d => Assert.Null(d.Fix));
    }

    [Fact]
    public void Every_CRLF_line_end_is_fixed_and_a_lone_carriage_return_is_left()
    {
        string text = "# comment\r\nmemory = 512\r\nname = \"a\rb\"\r\nvcpus = 2\r\n";
        var result = new XlConfigEditor(new SourceText("vm.cfg", B(text))).ApplyFixes();
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("# comment\nmemory = 512\nname = \"a\rb\"\nvcpus = 2\n", Encoding.UTF8.GetString(result.Edited!.Bytes.Span));
    }

    [Fact]
    public void A_file_xl_rejects_for_its_line_ends_gets_its_channel_fixes_once_it_reads()
    {
        string text = "memory = 512\r\nchannel = [ \"connection=PTY,name=org.example.a.0\" ]\r\n";
        var result = new XlConfigEditor(new SourceText("vm.cfg", B(text))).ApplyFixes();
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("memory = 512\nchannel = [ \"connection=pty,name=org.example.a.0\" ]\n", Encoding.UTF8.GetString(result.Edited!.Bytes.Span));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.FixesApplied);
    }

    [Fact]
    public void A_file_that_stays_rejected_gets_only_its_certain_syntax_fixes()
    {
        string text = "memory = 512M\r\nvcpus = 2\r\n";
        var result = new XlConfigEditor(new SourceText("vm.cfg", B(text))).ApplyFixes();
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("memory = 512M\nvcpus = 2\n", Encoding.UTF8.GetString(result.Edited!.Bytes.Span));
        Assert.Equal(DiagnosticCatalog.NumberWithSuffix.Id, Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal(XlVerdict.Rejected, result.Verdict);
    }

    [Fact]
    public void A_fix_that_would_make_the_verdict_worse_is_refused_and_changes_nothing()
    {
        // The control character stops xl before it decodes the string with a NUL byte; with it
        // replaced, xl would decode that string and abort (a crash is worse than a rejection).
        byte[] bytes = B("memory =\f512\nname = \"vm\0x\"\n");
        Assert.Equal(XlVerdict.Rejected, Lint(bytes).Config.Verdict);
        var fixedOnly = Lint(EditApplier.Apply(new SourceText("vm.cfg", bytes), Lint(bytes).Diagnostics.Single(d => d.Code == DiagnosticCatalog.ControlCharacter.Id).Fix!.Edits));
        Assert.Equal(XlVerdict.Crash, fixedOnly.Config.Verdict);

        var result = new XlConfigEditor(new SourceText("vm.cfg", bytes)).ApplyFixes();
        Assert.False(result.Succeeded);
        Assert.Equal("fixing would make xl's verdict worse (rejected to crash); nothing was changed", result.Error);
    }
}
