using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Channels;

/// <summary>
/// The channel model's contract: a channel read from a file reads its fields again when asked,
/// exactly as xl split them; the field properties follow the fields; equality is by value.
/// </summary>
public sealed class ChannelModelTests
{
    private const string Config =
        "channel = [ \"connection=socket, path = /run/a.sock ,name=org.example.a.0,name=org.example.a.1, bogus=1,nokey\",\n" +
        "            \"connection=pty,name=org.example.b.0,path=/ignored,backend=dom0\" ]\n";

    private static DeviceChannel[] Read(string text, XenVersion? version = null) =>
        [.. ChannelReadingTests.Lint(text, version is { } v ? new ChannelOptions { Version = v } : null).Channels.ReadChannels];

    [Fact]
    public void Fields_read_on_demand_are_xls_fields_in_order_with_their_spans()
    {
        var socket = Read(Config)[0];
        Assert.Equal(
            [("connection", "socket"), ("path", "/run/a.sock"), ("name", "org.example.a.0"), ("name", "org.example.a.1"), ("bogus", "1")],
            socket.Fields.Select(f => (f.Key, f.Value)));
        var path = socket.Fields[1];
        Assert.Equal(" path = /run/a.sock ", Text(path.Span));
        Assert.Equal("path", Text(path.KeySpan));
        Assert.Equal("/run/a.sock", Text(path.ValueSpan));
        Assert.Equal((1, Config.IndexOf("/run/a", StringComparison.Ordinal) + 1), (path.ValueSpan.Start.Line, path.ValueSpan.Start.Column));
    }

    [Fact]
    public void The_field_properties_are_the_last_field_of_each_key()
    {
        var channels = Read(Config);
        Assert.Same(channels[0].Fields[3], channels[0].NameField);
        Assert.Same(channels[0].Fields[0], channels[0].ConnectionField);
        Assert.Same(channels[0].Fields[1], channels[0].PathField);
        Assert.Null(channels[0].BackendField);
        Assert.Equal("org.example.a.1", channels[0].Name);
        Assert.Equal("/ignored", channels[1].PathField!.Value);
        Assert.Null(channels[1].Path);
        Assert.Equal("dom0", channels[1].BackendField!.Value);
    }

    [Fact]
    public void A_channel_keeps_one_list_of_fields_even_when_threads_race_for_it()
    {
        var channel = Read(Config)[0];
        var seen = new IReadOnlyList<ChannelField>[8];
        Parallel.For(0, seen.Length, i => seen[i] = channel.Fields);
        Assert.All(seen, fields => Assert.Same(seen[0], fields));
    }

    [Fact]
    public void Channels_compare_by_value_whether_or_not_their_fields_were_read()
    {
        var first = Read(Config)[0];
        var second = Read(Config)[0];
        Assert.NotSame(first, second);
        _ = first.Fields;
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Devid = 7 });
        Assert.NotEqual(first, second with { Fields = second.Fields.Take(2).ToArray() });
    }

    [Fact]
    public void Given_fields_replace_the_ones_read_from_the_file()
    {
        var read = Read(Config)[1];
        var field = new ChannelField("name", "org.example.c.0", default, default, default);
        var changed = read with { Fields = [field] };
        Assert.Same(field, Assert.Single(changed.Fields));
        Assert.Same(field, changed.NameField);
        Assert.Null(changed.PathField);
        Assert.Equal(4, read.Fields.Count);
    }

    [Fact]
    public void A_channel_made_by_hand_has_no_fields_until_given_some()
    {
        var channel = new DeviceChannel { Name = "org.example.d.0", Connection = ChannelConnection.Pty };
        Assert.Empty(channel.Fields);
        Assert.Null(channel.NameField);
        Assert.Equal(channel, new DeviceChannel { Name = "org.example.d.0", Connection = ChannelConnection.Pty });
    }

    [Fact]
    public void Fields_read_again_follow_the_release_xl_is_taken_from()
    {
        const string text = "channel = [ \"connection=socket,name=a.b.c,path=/run/x=y.sock\" ]\n";
        Assert.Equal("/run/x=y.sock", Read(text)[0].PathField!.Value);
        Assert.Equal("/run/x", Read(text, new XenVersion(4, 17, 0))[0].PathField!.Value);
    }

    [Fact]
    public void Xls_channels_and_the_consoles_are_made_from_libxls_channels()
    {
        var r = ChannelReadingTests.Lint(Config.Replace("bogus=1,nokey", "x=1", StringComparison.Ordinal), new ChannelOptions { Version = new XenVersion(4, 10, 0) });
        Assert.Equal([0, 1], r.Channels.XlChannels.Select(c => c.Devid));
        Assert.Equal([0, 1], r.Channels.Channels.Select(c => c.Devid));
        Assert.Same(r.Channels.XlChannels, r.Channels.XlChannels);
        Assert.Same(r.Channels.Consoles, r.Channels.Consoles);

        // libxl fails on the second channel (backend `dom0` is not a known domain), so only the
        // first one gets a console: on 4.10, console index + 1 whatever the devid.
        Assert.Equal(1, r.Channels.LibxlFailedIndex);
        Assert.Equal([(1, true)], r.Channels.Consoles.Select(c => (c.ConsoleDevid, c.Added)));
        Assert.Equal(["libxl-channel0"], r.Channels.Consoles.Select(c => c.ChardevId));
        Assert.All(r.Channels.Consoles, c => Assert.Same(r.Channels.Channels[c.ConsoleDevid - 1], c.Channel));
        Assert.Equal(r.Channels.Channels.Select(c => c.Name), r.Channels.XlChannels.Select(c => c.Name));
    }

    private static string Text(SourceSpan span) =>
        Config[span.Start.Offset..span.End.Offset];
}
