using ChannelConfig.Reporting;
using ChannelConfig.Tests.Channels;

namespace ChannelConfig.Tests.Reporting;

/// <summary>What <c>xlchan channel list</c> prints: the aligned table and the JSON document.</summary>
public sealed class ChannelListTests
{
    private const string Config =
        "channel = [ \"connection=socket,path=/run/a.sock,name=org.example.a\",\n" +
        "            \"connection=pty,name=b c,backend=driver\" ]\n";

    private static IReadOnlyList<ChannelConfig.Channels.DeviceChannel> Channels()
    {
        var result = ChannelReadingTests.Lint(Config);
        return result.Channels.Channels.Count > 0 ? result.Channels.Channels : result.Channels.ReadChannels;
    }

    [Fact]
    public void The_table_pads_every_column_but_the_last_and_marks_absent_cells()
    {
        var output = new StringWriter { NewLine = "\n" };
        ChannelList.WriteTable(Channels(), output);
        Assert.Equal(
            "IDX  DEVID  CONNECTION  BACKEND  NAME           PATH\n" +
            "0    1      socket      0        org.example.a  /run/a.sock\n" +
            "1    2      pty         driver   \"b c\"          -\n",
            output.ToString());
    }

    [Fact]
    public void An_empty_list_is_the_headings_alone()
    {
        var output = new StringWriter { NewLine = "\n" };
        ChannelList.WriteTable([], output);
        Assert.Equal("IDX  DEVID  CONNECTION  BACKEND  NAME  PATH\n", output.ToString());
    }

    [Fact]
    public void The_json_is_one_indented_array_ending_in_a_newline()
    {
        var output = new StringWriter { NewLine = "\n" };
        ChannelList.WriteJson(Channels(), output);
        string json = output.ToString();
        Assert.EndsWith("]\n", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal("socket", items[0].GetProperty("connection").GetString());
        Assert.Equal(0, items[0].GetProperty("backend").GetInt32());
        Assert.Equal("driver", items[1].GetProperty("backend").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[1].GetProperty("path").ValueKind);
        Assert.Equal(2, items[1].GetProperty("line").GetInt32());
    }

    [Fact]
    public void An_empty_list_is_an_empty_json_array()
    {
        var output = new StringWriter { NewLine = "\n" };
        ChannelList.WriteJson([], output);
        Assert.Equal("[]\n", output.ToString());
    }
}
