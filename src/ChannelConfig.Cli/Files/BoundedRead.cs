namespace ChannelConfig.Cli.Files;

/// <summary>
/// Reads an input whole, up to <see cref="InputFile.MaxInputBytes"/>, holding little more than
/// it has read: an input whose size is known goes into one array of that size; any other (a pipe,
/// standard input, a device, a file that grew) goes into chunks that grow with it, copied into one
/// array at the end. A buffer that doubles would hold twice the limit to refuse an input just over
/// it (<c>/dev/zero</c> on standard input peaked at 590 MB for a 256 MiB limit).
/// </summary>
internal static class BoundedRead
{
    private const int FirstChunk = 64 * 1024;
    private const int LargestChunk = 16 * 1024 * 1024;

    /// <summary>Reads into a buffer what follows <paramref name="offset"/> bytes already read; 0 at the end.</summary>
    /// <param name="buffer">Where to put what is read.</param>
    /// <param name="offset">How many bytes were read before (a file handle reads there; a stream ignores it).</param>
    /// <returns>How many bytes were read.</returns>
    public delegate int Reader(Span<byte> buffer, long offset);

    /// <summary>Reads to the end, unless the input holds more than <paramref name="limit"/> bytes.</summary>
    /// <param name="read">Reads the next bytes.</param>
    /// <param name="sizeHint">The input's size when known (a regular file), else 0.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="bytes">Everything read; empty when the input is larger than the limit.</param>
    /// <returns>False when the input is larger than <paramref name="limit"/> (reading stops just past it).</returns>
    public static bool TryReadAll(Reader read, long sizeHint, int limit, out byte[] bytes)
    {
        bytes = [];
        if (sizeHint > limit)
        {
            return false;
        }

        var chunks = new List<byte[]>();
        byte[] chunk = new byte[sizeHint > 0 ? sizeHint : Math.Min(FirstChunk, limit + 1)];
        long total = 0;
        int filled = 0;
        while (true)
        {
            if (filled == chunk.Length)
            {
                // At the size the file said, a small chunk finds the end (or that the file grew).
                long next = total == sizeHint ? FirstChunk : Math.Clamp(total, FirstChunk, LargestChunk);
                chunks.Add(chunk);
                chunk = new byte[(int)Math.Min(next, limit + 1L - total)];
                filled = 0;
            }

            int n = read(chunk.AsSpan(filled), total);
            if (n == 0)
            {
                break;
            }

            filled += n;
            total += n;
            if (total > limit)
            {
                return false;
            }
        }

        if (chunks.Count == 1 && filled == 0)
        {
            bytes = chunks[0]; // exactly the size the file said: no copy
            return true;
        }

        bytes = new byte[total];
        int at = 0;
        foreach (byte[] full in chunks)
        {
            full.CopyTo(bytes, at);
            at += full.Length;
        }

        chunk.AsSpan(0, filled).CopyTo(bytes.AsSpan(at));
        return true;
    }
}
