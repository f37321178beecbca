using ChannelConfig.Syntax;

namespace ChannelConfig.Configuration;

/// <summary>C <c>strtol(s, &amp;end, 0)</c> on a 64-bit <c>long</c>, as glibc implements it.</summary>
internal static class CStrtol
{
    /// <summary>Parses like <c>strtol</c> with base 0.</summary>
    /// <param name="s">The C string (it ends at its first NUL byte).</param>
    /// <param name="value">The value (clamped on overflow).</param>
    /// <param name="end">How many bytes were consumed; 0 when no conversion happened.</param>
    /// <returns>False on overflow (<c>ERANGE</c>).</returns>
    public static bool Parse(ReadOnlySpan<byte> s, out long value, out int end)
    {
        int nul = s.IndexOf((byte)0);
        if (nul >= 0)
        {
            s = s[..nul];
        }

        value = 0;
        end = 0;
        int i = 0;
        while (i < s.Length && CharClass.IsCSpace(s[i]))
        {
            i++;
        }

        bool negative = false;
        if (i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-'))
        {
            negative = s[i] == (byte)'-';
            i++;
        }

        int radix = 10;
        if (i < s.Length && s[i] == (byte)'0')
        {
            if (i + 2 < s.Length && (s[i + 1] | 0x20) == (byte)'x' && Digit(s[i + 2]) < 16)
            {
                radix = 16;
                i += 2;
            }
            else
            {
                radix = 8;
            }
        }

        ulong limit = negative ? 9223372036854775808UL : long.MaxValue;
        ulong acc = 0;
        bool overflow = false;
        int digitsStart = i;
        while (i < s.Length)
        {
            int d = Digit(s[i]);
            if (d >= radix)
            {
                break;
            }

            if (!overflow)
            {
                if (acc > (limit - (ulong)d) / (ulong)radix)
                {
                    overflow = true;
                }
                else
                {
                    acc = (acc * (ulong)radix) + (ulong)d;
                }
            }

            i++;
        }

        if (i == digitsStart)
        {
            return true; // No conversion: end stays 0.
        }

        end = i;
        if (overflow)
        {
            value = negative ? long.MinValue : long.MaxValue;
            return false;
        }

        value = negative ? (long)(0 - acc) : (long)acc;
        return true;
    }

    private static int Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'Z' => b - 'A' + 10,
        _ => 99,
    };
}
