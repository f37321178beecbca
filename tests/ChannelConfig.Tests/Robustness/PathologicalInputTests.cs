using ChannelConfig.Diagnostics;
using ChannelConfig.Fuzz;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Pathological inputs at sizes a test can afford (the full sizes of issue 8 — 100 MB, a million
/// channels — are timed by <c>xlchan-fuzz --pathological</c>): each gives exactly the expected
/// diagnostics, a verdict, valid spans, and no exception.
/// </summary>
public sealed class PathologicalInputTests
{
    private const int MB = 1_000_000;

    [Fact]
    public void A_million_open_brackets_is_one_statement_error() =>
        AssertCodes(Inputs.Repeat("[", MB), XlVerdict.Rejected, "XLC0020");

    [Fact]
    public void A_value_nested_a_million_deep_exhausts_xls_stack_but_not_ours() =>
        AssertCodes(Inputs.Concat("a = ", Inputs.Repeat("[", MB)), XlVerdict.Rejected, "XLC0027", "XLC0028", "XLC0029");

    [Fact]
    public void A_megabyte_of_nul_is_one_error() =>
        AssertCodes(new byte[MB], XlVerdict.Rejected, "XLC0009");

    [Fact]
    public void Nul_bytes_everywhere_between_and_inside_tokens() =>
        AssertCodes(Inputs.Repeat("a \0 = \0 \"x\0y\" \0 ; \0 [ \0 ] \0\n", MB), XlVerdict.Rejected, "XLC0009", "XLC0010", "XLC0031", "XLC0041");

    [Fact]
    public void Nul_inside_strings_is_xls_crash() =>
        AssertCodes(Inputs.Repeat("a = \"x\0y\"\n", MB), XlVerdict.Crash, "XLC0010", "XLC0041", "XLC0031");

    [Fact]
    public void Invalid_utf8_inside_strings_is_a_warning() =>
        AssertCodes(Inputs.Concat([.. Enumerable.Range(0, 4500).SelectMany(i => new object[] { Inputs.Name(i), " = \"", Inputs.InvalidUtf8(220), "\"\n" })]), XlVerdict.Accepted, "XLC0043");

    [Fact]
    public void Invalid_utf8_words_outside_strings_are_capped_errors() => // (XLC0043 comes after the cap)
        AssertCodes(Inputs.Repeat(Inputs.InvalidUtf8Words(), MB), XlVerdict.Rejected, "XLC0015", "XLC0031");

    [Fact]
    public void A_ten_megabyte_string_is_read_whole()
    {
        var result = AssertCodes(Inputs.Concat("name = \"", Inputs.Repeat("x", 10 * MB), "\"\n"), XlVerdict.Accepted);
        Assert.Equal(10 * MB, ((XlString)result.Config.Settings[0].Value).Bytes.Length);
    }

    [Fact]
    public void A_ten_megabyte_comment_line_is_fine() =>
        AssertCodes(Inputs.Concat("# ", Inputs.Repeat("c", 10 * MB), "\n"), XlVerdict.Accepted);

    [Fact]
    public void A_megabyte_line_of_settings() =>
        AssertCodes(Inputs.Repeat("a=1;", MB), XlVerdict.Accepted, "XLC0041", "XLC0031");

    [Fact]
    public void Crlf_line_endings_are_one_error_with_a_count()
    {
        var result = AssertCodes(Inputs.Repeat("a = 1\r\n", MB), XlVerdict.Rejected, "XLC0002", "XLC0041", "XLC0031");
        Assert.Contains("on 142857 lines", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCatalog.CarriageReturn.Id).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_distinct_settings()
    {
        var result = AssertCodes(Inputs.Lines(MB, i => $"{Inputs.Name(i)} = {i}\n"), XlVerdict.Accepted);
        Assert.True(result.Config.Settings.Count > 70_000, $"{result.Config.Settings.Count} settings");
    }

    [Fact]
    public void Ten_thousand_channels() =>
        Assert.Equal(10_000, AssertCodes(Inputs.Channels(10_000), XlVerdict.Accepted).Channels.Channels.Count);

    [Fact]
    public void Every_reader_diagnostic_list_is_capped()
    {
        var result = AssertCodes(Inputs.Repeat("$ ", MB), XlVerdict.Rejected, "XLC0001", "XLC0031");
        Assert.Equal(1001, result.Config.Diagnostics.Count);
    }

    [Fact]
    public void Channel_diagnostics_are_capped_too()
    {
        var result = XlLinter.Lint(new SourceText("big.cfg", Inputs.Concat("channel = [ \"", Inputs.Repeat("k=v,", 400_000), "connection=pty,name=org.example.a.0\" ]\n")));
        Assert.True(result.Diagnostics.Count <= 1001 + 10, $"{result.Diagnostics.Count} diagnostics");
        Assert.True(result.Channels.Stderr.Length <= 4 * 1024 * 1024 + 1024);
    }

    /// <summary>Lints, checks every span, and checks that the codes are exactly <paramref name="codes"/>.</summary>
    private static LintResult AssertCodes(byte[] input, XlVerdict verdict, params string[] codes)
    {
        var source = new SourceText("big.cfg", input);
        var result = XlLinter.Lint(source);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(codes.Order(StringComparer.Ordinal), result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        foreach (var d in result.Diagnostics)
        {
            SpanChecks.Check(source, d.Span, d.Code);
        }

        return result;
    }
}
