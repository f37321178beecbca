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

    /// <summary>How many characters of a long string value are written at a time.</summary>
    private const int SegmentLength = 16 * 1024;

    /// <summary>
    /// Writes the concatenation of <paramref name="parts"/> as one string value, a segment at a
    /// time: the writer escapes a string in buffers of several bytes a character, which for xl's
    /// messages (up to 4 MiB) came to tens of megabytes whatever the input's size.
    /// </summary>
    /// <param name="writer">The writer, where a value is expected.</param>
    /// <param name="parts">The text, in parts.</param>
    public static void WriteLongStringValue(Utf8JsonWriter writer, params ReadOnlySpan<string> parts)
    {
        bool wrote = false;
        foreach (string part in parts)
        {
            var text = part.AsSpan();
            while (text.Length > 0)
            {
                // A segment never ends between the two halves of a surrogate pair.
                int length = Math.Min(SegmentLength, text.Length);
                if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
                {
                    length--;
                }

                writer.WriteStringValueSegment(text[..length], isFinalSegment: false);
                wrote = true;
                FlushIfLarge(writer);
                text = text[length..];
            }
        }

        if (wrote)
        {
            writer.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
        }
        else
        {
            writer.WriteStringValue(string.Empty);
        }
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
