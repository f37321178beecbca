namespace ChannelConfig.Cli;

/// <summary>Writes bytes that must reach standard output exactly (a diff of a file that is not UTF-8).</summary>
internal static class RawOutput
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to the stream under <paramref name="writer"/> when it is a
    /// <see cref="StreamWriter"/> (as xlchan's standard output is); any other writer (a test's
    /// <see cref="StringWriter"/>) gets the bytes decoded as <see cref="Text.ByteText.Decode"/> does.
    /// </summary>
    public static void Write(TextWriter writer, ReadOnlySpan<byte> bytes)
    {
        if (writer is StreamWriter stream)
        {
            stream.Flush();
            stream.BaseStream.Write(bytes);
            stream.BaseStream.Flush();
            return;
        }

        writer.Write(Text.ByteText.Decode(bytes));
    }
}
