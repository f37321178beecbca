using ChannelConfig.Text;

namespace ChannelConfig.Tests.Text;

/// <summary>
/// A long string value (xl's messages, up to 4 MiB) is written a segment at a time, byte for byte
/// as the writer writes it whole: escapes, a surrogate pair across a segment's end, empty parts.
/// </summary>
public sealed class JsonLongStringTests
{
    public static TheoryData<string[]> Parts => new()
    {
        new[] { string.Empty },
        new[] { string.Empty, string.Empty },
        new[] { "short" },
        new[] { new string('a', 16 * 1024 - 1) + "\U0001F600" + "tail" }, // a pair across the first segment's end
        new[] { new string('\r', 40_000), "\u202e\u001b[2J", "é\n" },
        new[] { string.Concat(Enumerable.Repeat("cfg:1: config parsing error near `\r': lexical error\n", 5_000)), "libxl: error\n" },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void A_long_string_is_written_as_the_writer_writes_it_whole(string[] parts)
    {
        Assert.Equal(Whole(string.Concat(parts)), Segmented(parts));
    }

    private static string Whole(string text)
    {
        var output = new StringWriter();
        JsonText.Write(output, indented: false, w =>
        {
            w.WriteStartObject();
            w.WriteString("stderr", text);
            w.WriteEndObject();
        });
        return output.ToString();
    }

    private static string Segmented(string[] parts)
    {
        var output = new StringWriter();
        JsonText.Write(output, indented: false, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("stderr");
            JsonText.WriteLongStringValue(w, parts);
            w.WriteEndObject();
        });
        return output.ToString();
    }
}
