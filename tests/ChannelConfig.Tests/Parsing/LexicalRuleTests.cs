using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Parsing;

/// <summary>The scanner's rules: what is a token, what is a lexical error, and how each error is reported.</summary>
public sealed class LexicalRuleTests
{
    [Theory]
    [InlineData("os.path.join = 1\n")]
    [InlineData("a_b.c9 = 1\n")]
    [InlineData("z = 1\n")]
    public void Lower_case_names_with_dots_underscores_and_digits_are_accepted(string text)
    {
        var config = TestConfigs.Read(text);
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Empty(config.Diagnostics);
    }

    [Theory]
    [InlineData("Name = 1\n", nameof(DiagnosticCatalog.InvalidName), 1, 1, 5)]
    [InlineData("_a = 1\n", nameof(DiagnosticCatalog.InvalidName), 1, 1, 3)]
    public void Names_that_are_not_lower_case_ascii_are_errors(string text, string rule, int line, int column, int endColumn)
    {
        string code = TestConfigs.CodeOf(rule);
        var config = TestConfigs.Read(text);
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        var d = config.Single(code);
        Assert.Equal((line, column, endColumn), (d.Span.Start.Line, d.Span.Start.Column, d.Span.End.Column));
        Assert.Equal("t.cfg:1: config parsing error near `" + text[..(endColumn - 1)] + "': lexical error", d.XlMessage);
    }

    [Theory]
    [InlineData("a = 1e5\n", "1e5")]
    [InlineData("a = 0x\n", "0x")]
    [InlineData("a = 09\n", "09")]
    [InlineData("a = 123abc\n", "123abc")]
    [InlineData("a = 0xff\n", "0xff")]
    public void Numbers_are_kept_as_their_text(string text, string value)
    {
        var config = TestConfigs.Read(text);
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal(value, config.Value("a"));
        Assert.True(((XlString)config.Effective[0].Value).IsNumber);
    }

    [Fact]
    public void Upper_case_hex_is_named_as_such()
    {
        var config = TestConfigs.Read("a = 0xFF\n");
        var d = config.Single(DiagnosticCatalog.UppercaseHex.Id);
        Assert.Equal(7, d.Span.Start.Column);
        Assert.Equal("t.cfg:1: config parsing error near `FF': lexical error", d.XlMessage);
        Assert.Contains("lower case", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_after_a_number_is_named_as_such()
    {
        Assert.Equal(DiagnosticCatalog.NumberWithSuffix.Id, TestConfigs.Read("memory = 512M\n").Codes());
        Assert.Equal(DiagnosticCatalog.NumberWithSuffix.Id, TestConfigs.Read("memory = 512g\n").Codes());
    }

    [Fact]
    public void Crlf_lines_give_one_carriage_return_error_counting_every_line()
    {
        var config = TestConfigs.Read("a = 1\r\nb = 2\r\nc = 3\r\n");
        var d = config.Single(DiagnosticCatalog.CarriageReturn.Id);
        Assert.Equal((1, 6), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.Contains("on 3 lines", d.Message, StringComparison.Ordinal);
        Assert.Equal(XlVerdict.Rejected, config.Verdict);

        // xl reports each line (the error's newline token belongs to the next line).
        Assert.Equal(3, config.XlReport.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("t.cfg:1: config parsing error near `\r': lexical error\n", config.XlReport, StringComparison.Ordinal);
    }

    [Fact]
    public void Carriage_return_at_the_end_of_a_comment_is_harmless()
    {
        var config = TestConfigs.Read("# comment\r\na = 1\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void Byte_order_mark_is_named()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("a = 1\n")).ToArray();
        var config = TestConfigs.Read(bytes);
        Assert.Equal(DiagnosticCatalog.ByteOrderMark.Id, config.Codes());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
    }

    [Fact]
    public void Unterminated_string_is_named()
    {
        var config = TestConfigs.Read("a = \"abc\nb = 1\n");
        var d = config.Single(DiagnosticCatalog.UnterminatedString.Id);
        Assert.Equal((1, 5), (d.Span.Start.Line, d.Span.Start.Column));
    }

    [Fact]
    public void Python_syntax_adds_xls_three_warning_lines()
    {
        var config = TestConfigs.Read("memory = 256 + 256\n");
        Assert.Contains(config.Diagnostics, d => d.Code == DiagnosticCatalog.PythonSyntax.Id);
        Assert.EndsWith(
            "warning: Config file looks like it contains Python code.\nwarning:  Arbitrary Python is no longer supported.\nwarning:  See https://wiki.xen.org/wiki/PythonInXlConfig\n",
            config.XlReport,
            StringComparison.Ordinal);
        Assert.EndsWith("Failed to parse config: Invalid argument\n", config.XlStderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_on_a_last_line_without_newline_is_an_error()
    {
        var config = TestConfigs.Read("a = 1\n# end");
        Assert.Equal(DiagnosticCatalog.CommentAtEndWithoutNewline.Id, config.Codes());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        Assert.Equal("t.cfg:2: config parsing error near `#': lexical error\n", config.XlReport);
    }

    [Theory]
    [InlineData("a = 1 #")]
    [InlineData("a = 1\r")]
    [InlineData("a = 1\n@")]
    public void One_bad_byte_at_the_very_end_is_ignored_by_xl_and_warned_about(string text)
    {
        var config = TestConfigs.Read(text);
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal(DiagnosticCatalog.IgnoredLastByte.Id, config.Codes());
        Assert.Equal(DiagnosticSeverity.Warning, config.Diagnostics[0].Severity);
        Assert.Equal("1", config.Value("a"));
    }

    [Theory]
    [InlineData("a = 1\f\n", nameof(DiagnosticCatalog.ControlCharacter))]
    [InlineData("a = 1\v\n", nameof(DiagnosticCatalog.ControlCharacter))]
    [InlineData("a = 1 $x\n", nameof(DiagnosticCatalog.UnexpectedCharacter))]
    [InlineData("a = “x”\n", nameof(DiagnosticCatalog.NonAsciiOutsideString))]
    public void Other_bytes_outside_strings_are_named_errors(string text, string rule)
    {
        string code = TestConfigs.CodeOf(rule);
        var config = TestConfigs.Read(text);
        Assert.Equal(code, config.Codes());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
    }

    [Fact]
    public void Nul_byte_outside_a_string_is_a_lexical_error()
    {
        var config = TestConfigs.Read(new byte[] { (byte)'a', (byte)'=', 0, (byte)'1', (byte)'\n' });
        Assert.Equal(DiagnosticCatalog.NulByte.Id, config.Codes());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_a_warning_only()
    {
        var config = TestConfigs.Read(new byte[] { (byte)'a', (byte)'=', (byte)'"', 0xE9, (byte)'"', (byte)'\n' });
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        var d = config.Single(DiagnosticCatalog.InvalidUtf8.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(new byte[] { 0xE9 }, ((XlString)config.Effective[0].Value).Bytes.ToArray());
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var config = TestConfigs.Read("name = \"日本\" $\n");
        var d = config.Single(DiagnosticCatalog.UnexpectedCharacter.Id);
        Assert.Equal(13, d.Span.Start.Column);
        Assert.Equal(16, d.Span.Start.Offset);
    }

    [Fact]
    public void Only_space_and_tab_separate_tokens()
    {
        var config = TestConfigs.Read("a\t=\t1 ;b = 2\n");
        Assert.Empty(config.Diagnostics);
        Assert.Equal("2", config.Value("b"));
    }
}
