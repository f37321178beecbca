using ChannelConfig.Diagnostics;
using ChannelConfig.Parsing;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Parsing;

/// <summary>String escapes: what xl decodes, its octal quirk, and the escapes it rejects.</summary>
public sealed class EscapeTests
{
    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("'a\\'b'", "a'b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"\\a\\b\\f\\n\\r\\t\\v\"", "\a\b\f\n\r\t\v")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData("\"it's\"", "it's")]
    public void Known_escapes_and_both_quote_styles_decode(string literal, string value)
    {
        var config = TestConfigs.Read($"a = {literal}\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Empty(config.Diagnostics);
        Assert.Equal(value, config.Value("a"));
    }

    [Theory]
    [InlineData("\"A\\0123B\"", "AB", "\\0123")]
    [InlineData("\"A\\0 12B\"", "AB", "\\0 12")]
    [InlineData("\"A\\012\"", "A", "\\012")]
    [InlineData("\"\\777x\"", "x", "\\777")]
    public void Octal_escapes_vanish_with_the_digits_they_swallow(string literal, string value, string escape)
    {
        var config = TestConfigs.Read($"a = {literal}\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal(value, config.Value("a"));
        var d = config.Single(DiagnosticCatalog.OctalEscapeVanishes.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains($"`{escape}`", d.Message, StringComparison.Ordinal);
        Assert.Contains($"the value becomes \"{value}\"", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"a\\01\"", nameof(DiagnosticCatalog.InvalidOctalEscape), "invalid digit after backslash octalnumerical character escape in quoted string")]
    [InlineData("\"\\0\"", nameof(DiagnosticCatalog.InvalidOctalEscape), "invalid digit after backslash octalnumerical character escape in quoted string")]
    [InlineData("\"\\x41\"", nameof(DiagnosticCatalog.HexEscape), "invalid digit after backslash hexnumerical character escape in quoted string")]
    [InlineData("\"a\\:b\"", nameof(DiagnosticCatalog.UnknownEscape), "invalid character after backlash in quoted string")]
    public void Rejected_escapes_carry_xls_message(string literal, string rule, string xl)
    {
        string code = TestConfigs.CodeOf(rule);
        var config = TestConfigs.Read($"a = {literal}\n");
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        var d = config.Single(code);
        Assert.Equal($"t.cfg:1: config parsing error near `{literal}': {xl}", d.XlMessage);
    }

    [Fact]
    public void Only_the_first_escape_error_of_a_file_is_reported_by_xl_but_we_report_all()
    {
        var config = TestConfigs.Read("a = \"\\q\"\nb = \"\\x41\"\n");
        Assert.Equal($"{DiagnosticCatalog.UnknownEscape.Id},{DiagnosticCatalog.HexEscape.Id}", config.Codes());
        Assert.NotNull(config.Diagnostics[0].XlMessage);
        Assert.Null(config.Diagnostics[1].XlMessage);
        Assert.Single(config.XlReport.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Nul_inside_a_string_crashes_xl()
    {
        var config = TestConfigs.Read("a = \"x\0y\"\n"u8.ToArray());
        Assert.Equal(XlVerdict.Crash, config.Verdict);
        var d = config.Single(DiagnosticCatalog.NulInString.Id);
        Assert.Equal(XenReport.NulAssertion, d.XlMessage);
        Assert.Equal(XenReport.NulAssertion + "\n", config.XlStderr);
    }

    [Fact]
    public void Nul_inside_a_string_after_an_earlier_error_does_not_crash_xl()
    {
        var config = TestConfigs.Read("A = 1\na = \"x\0y\"\n"u8.ToArray());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        Assert.Contains(config.Diagnostics, d => d.Code == DiagnosticCatalog.NulInString.Id && d.XlMessage is null);
    }

    [Fact]
    public void An_escape_error_before_a_nul_stops_xls_decoder_before_its_assertion()
    {
        // strlen stops at the NUL; the string up to it ends in an escaped quote, so the
        // assertion passes and the decoder meets \q first.
        var config = TestConfigs.Read("a = \"\\q\\\"\0\"\n"u8.ToArray());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
    }

    [Theory]
    [InlineData("12\"", 2)]
    [InlineData(" 12", 3)]
    [InlineData("-5\"", 2)]
    [InlineData("1\"", 1)]
    [InlineData("x12", 0)]
    [InlineData("+\"", 0)]
    public void The_octal_quirk_counts_what_strtoul_base_10_consumes(string after, int consumed)
    {
        Assert.Equal(consumed, OctalEscapeQuirk.Consumed(System.Text.Encoding.ASCII.GetBytes(after)));
    }
}
