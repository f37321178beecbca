namespace ChannelConfig.Text;

/// <summary>
/// Counts display columns in UTF-8 text: one per character, where a character is any byte that
/// is not a UTF-8 continuation byte (<c>10xxxxxx</c>).
/// </summary>
internal static class ColumnCounter
{

    /// <summary>Counts UTF-8 continuation bytes, with a vectorised fast path for ASCII.</summary>
    /// <param name="bytes">The bytes to scan.</param>
    /// <returns>How many bytes are in the range 0x80–0xBF.</returns>
    public static int CountContinuationBytes(ReadOnlySpan<byte> bytes)
    {
        int first = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xBF);
        if (first < 0)
        {
            return 0;
        }

        int count = 0;
        foreach (byte b in bytes[first..])
        {
            if ((b & 0xC0) == 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
