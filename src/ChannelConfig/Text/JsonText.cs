using System.Text.Json;

namespace ChannelConfig.Text;

/// <summary>JSON written to a <see cref="TextWriter"/> as it is made, a block at a time.</summary>
internal static class JsonText
{
    /// <summary>How many bytes a JSON writer holds before passing them on (it would otherwise hold the whole document).</summary>
    public const int FlushThreshold = 64 * 1024;

    /// <summary>Writes one JSON document to <paramref name="output"/>, with the escaping every xlchan JSON output uses.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="indented">Pretty-printed (true) or compact.</param>
    /// <param name="write">Writes the document; it should call <see cref="FlushIfLarge"/> inside long loops.</param>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        var stream = new TextWriterUtf8Stream(output);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = PrintableJsonEncoder.Instance }))
        {
            write(writer);
        }

        stream.Complete();
    }

    /// <summary>Passes on what <paramref name="writer"/> holds once it is more than <see cref="FlushThreshold"/> bytes.</summary>
    /// <param name="writer">The writer.</param>
    public static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }
}
