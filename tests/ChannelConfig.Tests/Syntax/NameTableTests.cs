using System.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Syntax;

/// <summary>
/// The reader's table of names (last assignment wins, <c>+=</c> chains, look-ups by name) when it
/// has to grow far past the first guess of its size and holds many names that hash alike.
/// </summary>
public sealed class NameTableTests
{
    /// <summary>
    /// Names on one line, separated by <c>;</c>: the guess (from the count of lines) is a handful,
    /// so the table grows many times while reading; every name is still found, once, in order.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(20_000)]
    public void A_table_grown_past_its_guess_keeps_every_name(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append('n').Append(i).Append('=').Append(i).Append(';');
        }

        // Every third name again, now with a string: the last assignment wins.
        for (int i = 0; i < count; i += 3)
        {
            text.Append('n').Append(i).Append("=\"again\";");
        }

        var config = TestConfigs.Read(text.ToString());
        Assert.Equal(count, config.Effective.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal("n" + i, config.Effective[i].Name);
            Assert.True(config.TryGetEffective("n" + i, out var effective));
            var value = Assert.IsType<XlString>(effective.Value);
            Assert.Equal(i % 3 == 0 ? "again" : i.ToString(System.Globalization.CultureInfo.InvariantCulture), value.Value);
        }

        Assert.False(config.TryGetEffective("n" + count, out _));
        Assert.False(config.TryGetEffective("n", out _));
        Assert.False(config.TryGetEffective("n0 ", out _));
    }

    /// <summary>
    /// Names that differ only in their last bytes, or are prefixes of each other, and a name
    /// appended to from both ends of a large file: each keeps its own value.
    /// </summary>
    [Fact]
    public void Names_that_differ_in_one_byte_or_by_a_prefix_stay_apart()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { "vm00001.disk", "vm00001.dis", "vm00001.di", "vm00001.d", "vm00001.", "vm00001" };
        foreach (char c in "abcdefghijklmnopqrstuvwxyz0123456789_.")
        {
            names.Add("vm00001.disk" + c);
            names.Add("vm00001.dis" + c);
            names.Add("vm0000" + c);
            if (char.IsAsciiLetter(c))
            {
                names.Add(c + "vm00001.disk");
            }
        }

        var text = new StringBuilder("chain = [ \"first\" ]\n");
        foreach (string name in names)
        {
            text.Append(name).Append(" = \"").Append(name).Append("\"\n");
        }

        text.Append("chain += [ \"last\" ]\n");
        var config = TestConfigs.Read(text.ToString());
        Assert.Equal(names.Count + 1, config.Effective.Count);
        foreach (string name in names)
        {
            Assert.True(config.TryGetEffective(name, out var effective), name);
            Assert.Equal(name, Assert.IsType<XlString>(effective.Value).Value);
        }

        Assert.True(config.TryGetEffective("chain", out var chain));
        Assert.Equal(["first", "last"], ((XlList)chain.Value).Items.Select(item => ((XlString)item).Value));
    }

    /// <summary>An <c>=</c> ends a name's <c>+=</c> chain; a later <c>+=</c> starts a new one from that value.</summary>
    [Fact]
    public void An_assignment_ends_a_chain_and_a_later_append_starts_from_it()
    {
        var config = TestConfigs.Read("a = [ 1 ]\nb = \"x\"\na += [ 2 ]\nb += \"y\"\na = [ 3 ]\na += [ 4 ]\nb += \"z\"\n");
        Assert.True(config.TryGetEffective("a", out var a));
        Assert.Equal(["3", "4"], ((XlList)a.Value).Items.Select(item => ((XlString)item).Value));
        Assert.True(config.TryGetEffective("b", out var b));
        Assert.Equal("xyz", ((XlString)b.Value).Value);
        Assert.Equal((1, 6), (a.FirstSetting.NameSpan.Start.Line, a.LastSetting.NameSpan.Start.Line));
    }

    /// <summary>The operator's span is found after the name and any spaces and tabs, as the lexer reads it.</summary>
    [Theory]
    [InlineData("abc=1", 4, AssignmentOperator.Assign)]
    [InlineData("abc \t \t= 1", 8, AssignmentOperator.Assign)]
    [InlineData("abc\t+=\"x\"", 5, AssignmentOperator.Append)]
    [InlineData("x = 0; abc  += [ 1 ]", 13, AssignmentOperator.Append)]
    public void The_operator_is_found_after_the_name_and_blanks(string text, int column, AssignmentOperator op)
    {
        var setting = TestConfigs.Read(text).Settings[^1];
        Assert.Equal("abc", setting.Name);
        Assert.Equal(op, setting.Operator);
        Assert.Equal(column, setting.OperatorSpan.Start.Column);
        Assert.Equal(op == AssignmentOperator.Append ? 2 : 1, setting.OperatorSpan.End.Column - setting.OperatorSpan.Start.Column);
    }

    /// <summary>
    /// A lexical error between the name and the operator (xl skips a bad byte and the rest of its
    /// word, which may hold an <c>=</c>): the operator is where the lexer found it.
    /// </summary>
    [Theory]
    [InlineData(new byte[] { (byte)'c', (byte)'h', 0x88, (byte)'n', (byte)' ', (byte)'=', (byte)' ', (byte)'1' }, 5, AssignmentOperator.Assign)]
    [InlineData(new byte[] { (byte)'c', (byte)'h', 0x88, (byte)'x', (byte)'=', (byte)'5', (byte)' ', (byte)'+', (byte)'=', (byte)'1' }, 7, AssignmentOperator.Append)]
    [InlineData(new byte[] { (byte)'c', (byte)'h', (byte)' ', (byte)'+', (byte)' ', (byte)'=', (byte)'1' }, 5, AssignmentOperator.Assign)]
    public void The_operator_after_a_lexical_error_is_where_the_lexer_found_it(byte[] text, int offset, AssignmentOperator op)
    {
        var setting = Assert.Single(TestConfigs.Read(text).Settings);
        Assert.Equal("ch", setting.Name);
        Assert.Equal(op, setting.Operator);
        Assert.Equal(offset, setting.OperatorSpan.Start.Offset);
    }
}
