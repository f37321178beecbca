namespace ChannelConfig.Cli;

/// <summary>
/// Writes bytes that must reach standard output exactly (a diff of a file that is not UTF-8, a
/// fixed file) when it is a pipe or a file; a terminal (<see cref="TerminalWriter"/>) is shown
/// them with unsafe characters escaped instead.
/// </summary>
internal static class RawOutput
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to the stream under <paramref name="writer"/> when it is a
    /// <see cref="StreamWriter"/> (as xlchan's standard output is); any other writer (a test's
    /// <see cref="StringWriter"/>) gets the bytes decoded as <see cref="Text.ByteText.Decode"/> does.
    /// </summary>
    public static void Write(TextWriter writer, ReadOnlySpan<byte> bytes)
    {
        if (writer is TerminalWriter terminal)
        {
            terminal.WriteFileBytes(bytes);
            return;
        }

        if (writer is StreamWriter stream)
        {
            stream.Flush();
            stream.BaseStream.Write(bytes);
            stream.BaseStream.Flush();
            return;
        }

        writer.Write(Text.ByteText.Decode(bytes));
    }

    /// <summary>
    /// Lets <paramref name="write"/> put bytes on the stream under <paramref name="writer"/> as it
    /// makes them (through a buffer, so that a large diff is never held whole); any other writer
    /// gets them decoded, as <see cref="Write(TextWriter, ReadOnlySpan{byte})"/> does.
    /// </summary>
    public static void Write(TextWriter writer, Action<Stream> write)
    {
        if (writer is TerminalWriter terminal)
        {
            using var lines = terminal.OpenFileBytes();
            write(lines);
            return;
        }

        if (writer is StreamWriter stream)
        {
            stream.Flush();
            // Not disposed: that would close standard output; flushing is all it needs.
            var buffered = new BufferedStream(stream.BaseStream, 64 * 1024);
            write(buffered);
            buffered.Flush();
            return;
        }

        using var memory = new MemoryStream();
        write(memory);
        writer.Write(Text.ByteText.Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length)));
    }
}
