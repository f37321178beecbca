using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Channels;

/// <summary>
/// A channel read from a file keeps where its name, path and backend lie in its item and its
/// span is its item's; these check that what it gives back, and what <c>with</c> changes, are
/// exactly what a channel holding the values as text would give.
/// </summary>
public sealed class ChannelValueTests
{
    private const string Config =
        "channel = [ \"connection=socket, path=/run/a.sock, name=org.example.a.0, backend=0\",\n" +
        "            'name = org.example.b.0 , connection=pty, path=/ignored' ]\n";

    private static DeviceChannel[] Read(string text) => [.. ChannelReadingTests.Lint(text).Channels.ReadChannels];

    [Fact]
    public void Values_are_decoded_from_the_item_as_xl_split_it()
    {
        var channels = Read(Config);
        Assert.Equal(("org.example.a.0", "/run/a.sock", "0"), (channels[0].Name, channels[0].Path, channels[0].BackendDomname));
        Assert.Equal(("org.example.b.0", (string?)null, (string?)null), (channels[1].Name, channels[1].Path, channels[1].BackendDomname));
        Assert.True(channels[0].HasName && channels[1].HasName);
        Assert.Equal(channels[0].Item!.Span, channels[0].Span);
        Assert.Equal(channels[1].Item!.Span, channels[1].Span);
    }

    [Fact]
    public void A_value_that_is_not_utf8_reads_as_the_item_text_does()
    {
        byte[] bytes = [.. "channel = [ \"connection=pty,name=org.ex\u00e9mple."u8, 0xff, .. "x.0\" ]\n"u8];
        var channel = Assert.Single(XlLinter.Lint(new SourceText("vm.cfg", bytes)).Channels.ReadChannels);
        Assert.Equal(ByteText.Decode([.. "org.ex\u00e9mple."u8, 0xff, .. "x.0"u8]), channel.Name);
    }

    [Fact]
    public void With_changes_one_value_and_keeps_the_others_read_from_the_item()
    {
        var read = Read(Config)[0];
        var renamed = read with { Name = "org.example.c.0" };
        Assert.Equal(("org.example.c.0", "/run/a.sock", "0"), (renamed.Name, renamed.Path, renamed.BackendDomname));
        Assert.Equal(read.Span, renamed.Span);
        Assert.Equal("org.example.a.0", read.Name);

        var unnamed = read with { Name = null };
        Assert.Null(unnamed.Name);
        Assert.False(unnamed.HasName);

        var moved = read with { Span = default };
        Assert.Equal(default, moved.Span);
        Assert.Equal(read.Name, moved.Name);
    }

    [Fact]
    public void Equality_compares_the_values_not_where_they_are_kept()
    {
        var first = Read(Config)[0];
        var again = Read(Config)[0];
        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.Equal(first, first with { Name = "org.example.a.0" });
        Assert.NotEqual(first, first with { Path = "/run/b.sock" });
    }

    [Fact]
    public void Given_fields_keep_the_values_and_span_of_the_item_they_replace()
    {
        var read = Read(Config)[0];
        var given = read with { Fields = read.Fields };
        Assert.Null(given.Item);
        Assert.Equal((read.Name, read.Path, read.BackendDomname, read.Span), (given.Name, given.Path, given.BackendDomname, given.Span));
        Assert.Equal(read, given);
    }

    [Fact]
    public void A_channel_made_by_hand_has_exactly_the_values_it_was_given()
    {
        var span = new SourceSpan(new SourcePosition(3, 1, 4), new SourcePosition(9, 1, 10));
        var channel = new DeviceChannel { Name = "org.example.h.0", Path = "/run/h.sock", Connection = ChannelConnection.Socket, Span = span };
        Assert.Equal(("org.example.h.0", "/run/h.sock", (string?)null, span), (channel.Name, channel.Path, channel.BackendDomname, channel.Span));
        Assert.True(channel.HasName);
    }
}
