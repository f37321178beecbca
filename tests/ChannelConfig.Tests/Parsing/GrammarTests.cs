using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Parsing;

/// <summary>The grammar: statements, lists, <c>+=</c>, and what the document records.</summary>
public sealed class GrammarTests
{
    [Fact]
    public void Settings_keep_spans_and_xls_lines()
    {
        var config = TestConfigs.Read("name = \"vm\"\ndisk = [\n  \"a\",\n  'b', ]\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        var disk = config.Settings[1];
        Assert.Equal("disk", disk.Name);
        Assert.Equal((2, 1), (disk.NameSpan.Start.Line, disk.NameSpan.Start.Column));
        Assert.Equal(2, disk.XlLine); // the line of '['
        var list = Assert.IsType<XlList>(disk.Value);
        Assert.Equal(3, list.XlLine); // the line of its first item
        Assert.Equal((2, 8), (list.Span.Start.Line, list.Span.Start.Column));
        Assert.Equal((4, 9), (list.Span.End.Line, list.Span.End.Column));
        Assert.Equal(XlStringForm.SingleQuoted, ((XlString)list.Items[1]).Form);
    }

    [Fact]
    public void An_empty_lists_line_is_the_line_of_its_closing_bracket()
    {
        var config = TestConfigs.Read("a = [\n\n]\n");
        Assert.Equal(3, config.Effective[0].Value.XlLine);
        Assert.Equal(1, config.Settings[0].XlLine);
    }

    [Fact]
    public void Nested_heterogeneous_lists_comments_and_trailing_commas_are_accepted()
    {
        var config = TestConfigs.Read("a = [ 1, [ \"x\", [] ], # note\n 'y', ]\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        var list = (XlList)config.Effective[0].Value;
        Assert.Equal(3, list.Items.Count);
        Assert.IsType<XlList>(list.Items[1]);
    }

    [Fact]
    public void Semicolons_separate_statements_and_empty_statements_are_fine()
    {
        var config = TestConfigs.Read(";;a = 1; b = 2;\n;\nc = 3");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal(3, config.Settings.Count);
        Assert.Empty(config.Diagnostics);
    }

    [Theory]
    [InlineData("a = [,1]\n", nameof(DiagnosticCatalog.EmptyListItem))]
    [InlineData("a = [1,,2]\n", nameof(DiagnosticCatalog.EmptyListItem))]
    [InlineData("a = [1 2]\n", nameof(DiagnosticCatalog.MissingComma))]
    [InlineData("a = [\"x\"\n \"y\"]\n", nameof(DiagnosticCatalog.MissingComma))]
    [InlineData("a = [1\n", nameof(DiagnosticCatalog.UnclosedList))]
    [InlineData("a = [1 = 2]\n", nameof(DiagnosticCatalog.ExpectedListEnd))]
    [InlineData("a 1\n", nameof(DiagnosticCatalog.ExpectedAssignment))]
    [InlineData("a =\n", nameof(DiagnosticCatalog.ExpectedValue))]
    [InlineData("a = ]\n", nameof(DiagnosticCatalog.ExpectedValue))]
    [InlineData("\"x\"\n", nameof(DiagnosticCatalog.ExpectedStatement))]
    [InlineData("a = 1 b = 2\n", nameof(DiagnosticCatalog.ExpectedEndOfStatement))]
    public void Each_syntax_error_has_its_own_code(string text, string rule)
    {
        string code = TestConfigs.CodeOf(rule);
        var config = TestConfigs.Read(text);
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        Assert.Equal(code, config.Codes());
        Assert.NotNull(config.Diagnostics[0].XlMessage);
    }

    [Fact]
    public void Errors_at_a_newline_are_one_line_too_early_in_xl_but_exact_in_ours()
    {
        var config = TestConfigs.Read("a =\nb = 1\n");
        var d = config.Single(DiagnosticCatalog.ExpectedValue.Id);
        Assert.Equal((1, 4), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.Equal("t.cfg:0: config parsing error near <newline>: syntax error, unexpected NEWLINE, expecting STRING or NUMBER or '['", d.XlMessage);
    }

    [Fact]
    public void Every_syntax_error_is_reported_even_where_xl_stays_silent()
    {
        // xl: silent for two tokens after recovering, so it misses "b b".
        var config = TestConfigs.Read("a = ,\nb b\n");
        Assert.Equal($"{DiagnosticCatalog.ExpectedValue.Id},{DiagnosticCatalog.ExpectedAssignment.Id}", config.Codes());
        Assert.NotNull(config.Diagnostics[0].XlMessage);
        Assert.Null(config.Diagnostics[1].XlMessage);
    }

    [Fact]
    public void After_text_following_a_value_xl_stops_but_we_go_on()
    {
        var config = TestConfigs.Read("a = 1 b\nc = [,]\nd = 4\n");
        Assert.Equal($"{DiagnosticCatalog.ExpectedEndOfStatement.Id},{DiagnosticCatalog.EmptyListItem.Id}", config.Codes());
        Assert.Contains("xl stops reading the file here", config.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Null(config.Diagnostics[1].XlMessage);
        Assert.Equal(["a", "d"], config.Settings.Select(s => s.Name));
    }

    [Fact]
    public void The_lines_after_a_broken_multi_line_list_are_not_reported_as_new_errors()
    {
        var config = TestConfigs.Read("disk = [ \"a\" \"b\",\n  \"c\",\n  \"d\" ]\nmemory = 1\n");
        Assert.Equal(DiagnosticCatalog.MissingComma.Id, config.Codes());
        Assert.Equal("1", config.Value("memory"));
    }

    [Fact]
    public void Syntax_errors_caused_by_a_lexical_error_on_the_same_line_are_not_repeated()
    {
        var config = TestConfigs.Read("Memory = 512\n");
        Assert.Equal(DiagnosticCatalog.InvalidName.Id, config.Codes());
    }

    [Fact]
    public void Plus_equals_concatenates_strings_and_appends_lists()
    {
        var config = TestConfigs.Read("n = 1\nn += 2\nl = [\"a\"]\nl += [\"b\", \"c\"]\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal("12", config.Value("n"));
        var list = (XlList)config.Effective[1].Value;
        Assert.Equal(["a", "b", "c"], list.Items.Cast<XlString>().Select(s => s.Value));
        Assert.Equal(4, list.XlLine);
        Assert.Equal(4, config.Settings.Count);
    }

    [Fact]
    public void Plus_equals_of_a_list_onto_a_string_is_xls_lexical_error_at_the_values_last_token()
    {
        var config = TestConfigs.Read("x = \"s\"\nx += [ \"l\" ]\n");
        var d = config.Single(DiagnosticCatalog.AppendTypeMismatch.Id);
        Assert.Equal("t.cfg:2: config parsing error near `]': can't add [list] to \"string\" or vice versa", d.XlMessage);
        Assert.Equal("s", config.Value("x"));
    }

    [Fact]
    public void Plus_equals_with_nothing_before_is_an_assignment_and_an_info()
    {
        var config = TestConfigs.Read("x += \"s\"\n");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Equal(DiagnosticSeverity.Info, config.Single(DiagnosticCatalog.AppendWithoutValue.Id).Severity);
        Assert.Equal("s", config.Value("x"));
    }

    [Fact]
    public void A_repeated_assignment_is_a_warning_on_the_ignored_one()
    {
        var config = TestConfigs.Read("memory = 512\nvcpus = 2\nmemory = 1024\n");
        var d = config.Single(DiagnosticCatalog.DuplicateSetting.Id);
        Assert.Equal(1, d.Span.Start.Line);
        Assert.Contains("line 3", d.Message, StringComparison.Ordinal);
        Assert.Equal("1024", config.Value("memory"));
        Assert.Equal(["memory", "vcpus"], config.Effective.Select(e => e.Name));
    }

    [Fact]
    public void The_last_statement_may_end_without_a_newline()
    {
        var config = TestConfigs.Read("a = [1,\n2]");
        Assert.Equal(XlVerdict.Accepted, config.Verdict);
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void Settings_after_an_error_are_still_recovered()
    {
        var config = TestConfigs.Read("a = ,\nb = 2\n");
        Assert.Equal(XlVerdict.Rejected, config.Verdict);
        Assert.Equal("2", config.Value("b"));
    }

    [Fact]
    public void Empty_and_comment_only_files_are_accepted()
    {
        Assert.Equal(XlVerdict.Accepted, TestConfigs.Read(string.Empty).Verdict);
        Assert.Equal(XlVerdict.Accepted, TestConfigs.Read("# only a comment\n").Verdict);
        Assert.Equal(XlVerdict.Accepted, TestConfigs.Read("\n\n\n").Verdict);
    }
}
