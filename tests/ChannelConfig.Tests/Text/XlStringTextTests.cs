using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Text;

/// <summary>The one home of xl string quoting and of the connection names (issue 20).</summary>
public sealed class XlStringTextTests
{
    /// <summary>Values libvirt writes correctly are quoted as libvirt quotes them; the others get xl's escapes.</summary>
    [Theory]
    [InlineData("org.example.agent.0", "\"org.example.agent.0\"")]
    [InlineData("a\"b", "'a\"b'")]
    [InlineData("a\"b'c", "\"a\\\"b'c\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("a\nb\tc", "\"a\\nb\\tc\"")]
    [InlineData("a\u001bb", "\"a\u001bb\"")]
    public void Quote_matches_libvirt_where_libvirt_is_right(string value, string quoted) =>
        Assert.Equal(quoted, XlStringText.Quote(value));

    /// <summary>Escaping for a string in either quote: the other quote stays as it is.</summary>
    [Fact]
    public void EscapeForString_escapes_only_its_own_quote()
    {
        Assert.Equal("a'b\\\"c\\\\\\a\\v", XlStringText.EscapeForString("a'b\"c\\\a\v", '"'));
        Assert.Equal("a\\'b\"c", XlStringText.EscapeForString("a'b\"c", '\''));
    }

    /// <summary>What xl does to a channel field value.</summary>
    [Fact]
    public void The_read_back_rules()
    {
        Assert.True(XlStringText.HasEdgeBlank("\va"));
        Assert.False(XlStringText.HasEdgeBlank(string.Empty));
        Assert.True(XlStringText.HasNoEscape('\u001b'));
        Assert.False(XlStringText.HasNoEscape('\n'));
        Assert.True(XlStringText.HasEquals("a=b"));
        Assert.False(XlStringText.HasEquals("ab"));
    }

    /// <summary>xl compares connection names exactly.</summary>
    [Fact]
    public void Connection_names_round_trip_and_are_case_sensitive()
    {
        foreach (var connection in new[] { ChannelConnection.Pty, ChannelConnection.Socket })
        {
            Assert.Equal(connection, ChannelConnectionName.Parse(ChannelConnectionName.Of(connection)));
            Assert.Equal(connection, ChannelConnectionName.Parse(System.Text.Encoding.UTF8.GetBytes(ChannelConnectionName.Of(connection))));
        }

        Assert.Equal("unknown", ChannelConnectionName.Of(ChannelConnection.Unknown));
        Assert.Equal(ChannelConnection.Unknown, ChannelConnectionName.Parse("PTY"));
        Assert.Equal(ChannelConnection.Unknown, ChannelConnectionName.Parse("unknown"));
        Assert.Equal(ChannelConnection.Unknown, ChannelConnectionName.Parse((string?)null));
    }
}
