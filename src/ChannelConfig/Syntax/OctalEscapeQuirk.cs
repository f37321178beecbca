namespace ChannelConfig.Syntax;

/// <summary>
/// How many characters libxlu's octal escape swallows: <c>NUMERIC_CHAR(1,3,10,"octal")</c> copies
/// up to three characters after the first octal digit and parses them with
/// <c>strtoul(numbuf, &amp;ep, 10)</c>. Fewer than two characters consumed is an error; otherwise
/// the characters vanish and nothing is stored.
/// </summary>
internal static class OctalEscapeQuirk
{
    /// <summary>Returns how many characters <c>strtoul</c> consumes from the first three of <paramref name="after"/>.</summary>
    /// <param name="after">The bytes after the octal digit, up to the end of the token (a NUL ends them).</param>
    /// <returns>The count; xl accepts the escape when it is 2 or 3.</returns>
    public static int Consumed(ReadOnlySpan<byte> after)
    {
        var numbuf = after[..Math.Min(3, after.Length)];
        int nul = numbuf.IndexOf((byte)0);
        if (nul >= 0)
        {
            numbuf = numbuf[..nul];
        }

        int i = 0;
        while (i < numbuf.Length && CharClass.IsCSpace(numbuf[i]))
        {
            i++;
        }

        if (i < numbuf.Length && (numbuf[i] == (byte)'+' || numbuf[i] == (byte)'-'))
        {
            i++;
        }

        int digits = 0;
        while (i < numbuf.Length && numbuf[i] >= (byte)'0' && numbuf[i] <= (byte)'9')
        {
            i++;
            digits++;
        }

        return digits == 0 ? 0 : i;
    }
}
