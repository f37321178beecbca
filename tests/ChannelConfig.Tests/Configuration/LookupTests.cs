using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Tests.Configuration;

/// <summary>Look-ups behave like libxlu's <c>xlu_cfg_get_*</c>: return codes, values and warnings.</summary>
public sealed class LookupTests
{
    [Theory]
    [InlineData("512", 512)]
    [InlineData("0x10", 16)]
    [InlineData("010", 8)]
    [InlineData("0", 0)]
    [InlineData("\" 12\"", 12)]
    [InlineData("\"-5\"", -5)]
    [InlineData("\"+7\"", 7)]
    [InlineData("\"-0x10\"", -16)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("\"-9223372036854775808\"", long.MinValue)]
    public void Numbers_are_read_like_strtol_base_0(string literal, long expected)
    {
        var result = TestConfigs.Read($"n = {literal}\n").Lookups.GetLong("n");
        Assert.Equal(0, result.Rc);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("09", nameof(DiagnosticCatalog.NotANumber), "t.cfg:1: warning: parameter `n' is not a valid number")]
    [InlineData("1e5", nameof(DiagnosticCatalog.NotANumber), "t.cfg:1: warning: parameter `n' is not a valid number")]
    [InlineData("0x", nameof(DiagnosticCatalog.NotANumber), "t.cfg:1: warning: parameter `n' is not a valid number")]
    [InlineData("\"\"", nameof(DiagnosticCatalog.NotANumber), "t.cfg:1: warning: parameter `n' is not a valid number")]
    [InlineData("\"12 \"", nameof(DiagnosticCatalog.NotANumber), "t.cfg:1: warning: parameter `n' is not a valid number")]
    [InlineData("99999999999999999999", nameof(DiagnosticCatalog.NumberOutOfRange), "t.cfg:1: warning: parameter `n' could not be parsed as a number: Numerical result out of range")]
    [InlineData("[ 1 ]", nameof(DiagnosticCatalog.ListInsteadOfValue), "t.cfg:1: warning: parameter `n' is a list but should be a single value")]
    public void Bad_numbers_give_xls_warning(string literal, string rule, string xl)
    {
        string code = TestConfigs.CodeOf(rule);
        var result = TestConfigs.Read($"n = {literal}\n").Lookups.GetLong("n");
        Assert.NotEqual(0, result.Rc);
        Assert.Equal(code, result.Diagnostic!.Code);
        Assert.Equal(xl, result.Diagnostic.XlMessage);
    }

    [Fact]
    public void Overflow_is_erange()
    {
        Assert.Equal(XlLookupResult<long>.OutOfRange, TestConfigs.Read("n = 99999999999999999999\n").Lookups.GetLong("n").Rc);
    }

    [Fact]
    public void Numbers_refuse_plus_equals()
    {
        var result = TestConfigs.Read("n = 1\nn += 2\n").Lookups.GetLong("n");
        Assert.Equal(22, result.Rc);
        Assert.Equal("t.cfg:2: warning: can't use += with numbers for parameter `n'", result.Diagnostic!.XlMessage);
        Assert.Equal("12", TestConfigs.Read("n = 1\nn += 2\n").Lookups.GetString("n").Value);
    }

    [Fact]
    public void Bounds_are_checked()
    {
        var config = TestConfigs.Read("n = 5\n");
        Assert.Equal("t.cfg:1: warning: value `5' is greater than maximum bound '4'", config.Lookups.GetBoundedLong("n", 0, 4).Diagnostic!.XlMessage);
        Assert.Equal("t.cfg:1: warning: value `5' is smaller than minimum bound '6'", config.Lookups.GetBoundedLong("n", 6, 9).Diagnostic!.XlMessage);
        Assert.Equal(5, config.Lookups.GetBoundedLong("n", 0, 5).Value);
    }

    [Fact]
    public void Missing_names_are_esrch_without_a_warning()
    {
        var config = TestConfigs.Read("a = 1\n");
        Assert.Equal(3, config.Lookups.GetString("b").Rc);
        Assert.Equal(3, config.Lookups.GetLong("b").Rc);
        Assert.Equal(3, config.Lookups.GetList("b").Rc);
        Assert.Null(config.Lookups.GetList("b").Diagnostic);
        Assert.False(config.Lookups.GetList("b").Found);
    }

    [Fact]
    public void Lists_give_their_string_items_and_null_for_nested_lists()
    {
        var result = TestConfigs.Read("l = [ \"a\", [ \"b\" ], 3 ]\n").Lookups.GetList("l");
        Assert.Equal(0, result.Rc);
        Assert.Equal(["a", null, "3"], result.Value!.Items);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_is_xls_warning()
    {
        var result = TestConfigs.Read("channel = \"connection=pty\"\n").Lookups.GetList("channel");
        Assert.Equal(22, result.Rc);
        Assert.Equal(DiagnosticCatalog.ValueInsteadOfList.Id, result.Diagnostic!.Code);
        Assert.Equal("t.cfg:1: warning: parameter `channel' is a single value but should be a list", result.Diagnostic.XlMessage);
    }

    [Fact]
    public void Warnings_use_the_line_of_the_last_settings_value()
    {
        var result = TestConfigs.Read("n = 1\nn = [\n 2 ]\n").Lookups.GetString("n");
        Assert.Equal("t.cfg:2: warning: parameter `n' is a list but should be a single value", result.Diagnostic!.XlMessage);
    }
}
