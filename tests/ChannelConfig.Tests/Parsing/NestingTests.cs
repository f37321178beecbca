using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Parsing;

/// <summary>Deep nesting: our limit, xl's stack limit, and no input that can exhaust our call stack.</summary>
public sealed class NestingTests
{
    private static string Nested(int depth) => "a = " + new string('[', depth) + new string(']', depth) + "\n";

    [Fact]
    public void Nesting_up_to_the_limit_is_kept()
    {
        var config = TestConfigs.Read(Nested(64));
        Assert.Empty(config.Diagnostics);
        XlValue value = config.Effective[0].Value;
        int depth = 0;
        while (value is XlList { Items.Count: > 0 } list)
        {
            depth++;
            value = list.Items[0];
        }

        Assert.Equal(63, depth);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_clean_error_but_xl_still_accepts_it()
    {
        var config = TestConfigs.Read(Nested(65));
        var d = config.Single(DiagnosticCatalog.NestingTooDeep.Id);
        Assert.Equal(69, d.Span.Start.Column);
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Empty(config.Settings);
    }

    [Fact]
    public void The_limit_is_configurable()
    {
        var config = TestConfigs.Read(Nested(3), new XlReaderOptions { MaxDepth = 2 });
        Assert.Equal(DiagnosticCatalog.NestingTooDeep.Id, config.Codes());
    }

    [Fact]
    public void Errors_inside_lists_beyond_the_limit_are_still_found()
    {
        var config = TestConfigs.Read("a = " + new string('[', 100) + "1 2" + new string(']', 100) + "\n");
        Assert.Equal($"{DiagnosticCatalog.NestingTooDeep.Id},{DiagnosticCatalog.MissingComma.Id}", config.Codes());
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
    }

    [Fact]
    public void Xls_parser_stack_runs_out_near_5000_levels()
    {
        var accepted = TestConfigs.Read(Nested(4990));
        Assert.Equal(XlVerdict.Accepted, accepted.Verdict);

        var rejected = TestConfigs.Read(Nested(6000));
        Assert.Equal(XlVerdict.Rejected, rejected.Verdict);
        var d = rejected.Single(DiagnosticCatalog.ParserStackExhausted.Id);
        Assert.Equal("t.cfg:1: config parsing error near `[': memory exhausted", d.XlMessage);
    }

    [Fact]
    public void The_stack_limit_is_exact_4996_levels_pass_and_4997_do_not()
    {
        Assert.Equal(XlVerdict.Accepted, TestConfigs.Read(Nested(4996)).Verdict);
        var d = TestConfigs.Read(Nested(4997)).Single(DiagnosticCatalog.ParserStackExhausted.Id);
        Assert.Equal("t.cfg:1: config parsing error near `]': memory exhausted", d.XlMessage);
    }

    [Fact]
    public void A_million_open_brackets_give_diagnostics_not_a_crash()
    {
        var config = TestConfigs.Read("a = " + new string('[', 1_000_000));
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        Assert.Equal($"{DiagnosticCatalog.NestingTooDeep.Id},{DiagnosticCatalog.ParserStackExhausted.Id},{DiagnosticCatalog.UnclosedList.Id}", config.Codes());
    }

    /// <summary>
    /// Issue 22, item 14: a limit above about 14,000 let 40 KB of brackets overflow the stack of a
    /// thread pool thread (lint's threads), which ends the process. The limit is clamped to 256, so
    /// deeper lists are checked iteratively, whatever the caller asks for; the test runs on a thread
    /// with a stack of 1 MB (thread pool threads have 1.5 MB) to make the overflow certain without the clamp.
    /// </summary>
    [Theory]
    [InlineData(15_000)]
    [InlineData(int.MaxValue)]
    public void A_huge_limit_is_clamped_so_no_nesting_can_overflow_the_stack(int maxDepth)
    {
        var options = new XlReaderOptions { MaxDepth = maxDepth };
        Assert.Equal(XlReaderOptions.MaxDepthLimit, options.MaxDepth);
        XlConfig? config = null;
        var thread = new Thread(() => config = XlConfigReader.Parse(Nested(100_000), "deep.cfg", options), 1024 * 1024);
        thread.Start();
        thread.Join();
        var d = config!.Single(DiagnosticCatalog.NestingTooDeep.Id);
        Assert.Contains("deeper than 256 levels", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_below_one_is_taken_as_one() => Assert.Equal(1, new XlReaderOptions { MaxDepth = -5 }.MaxDepth);
}
