namespace ChannelConfig.Syntax;

/// <summary>
/// Decodes the body of a quoted string the way libxlu does for strings it accepts:
/// <c>\" \' \\</c> give the character, <c>\a \b \f \n \r \t \v</c> the control character, and an
/// octal escape vanishes together with the characters it swallows. Escapes xl rejects are kept
/// as written (the file is rejected anyway).
/// </summary>
internal static class StringDecoder
{
    /// <summary>Decodes <paramref name="body"/> (the bytes between the quotes).</summary>
    /// <param name="body">The string's body.</param>
    /// <returns>The value's bytes.</returns>
    public static byte[] Decode(ReadOnlySpan<byte> body)
    {
        var result = new byte[body.Length];
        int n = 0;
        int p = 0;
        while (p < body.Length)
        {
            byte c = body[p++];
            if (c != (byte)'\\' || p >= body.Length)
            {
                result[n++] = c;
                continue;
            }

            byte nc = body[p];
            byte? simple = Simple(nc);
            if (simple is byte value)
            {
                result[n++] = value;
                p++;
                continue;
            }

            if (nc is >= (byte)'0' and <= (byte)'7')
            {
                int consumed = OctalEscapeQuirk.Consumed(body[(p + 1)..]);
                if (consumed >= 2)
                {
                    p += 1 + consumed;
                    continue;
                }
            }

            result[n++] = c; // Keep a rejected escape as written.
        }

        return n == result.Length ? result : result[..n];
    }

    /// <summary>The byte a simple escape stands for, or null.</summary>
    /// <param name="escaped">The character after the backslash.</param>
    /// <returns>The decoded byte.</returns>
    public static byte? Simple(byte escaped) => escaped switch
    {
        (byte)'"' or (byte)'\'' or (byte)'\\' => escaped,
        (byte)'a' => 0x07,
        (byte)'b' => 0x08,
        (byte)'f' => 0x0C,
        (byte)'n' => 0x0A,
        (byte)'r' => 0x0D,
        (byte)'t' => 0x09,
        (byte)'v' => 0x0B,
        _ => null,
    };
}
