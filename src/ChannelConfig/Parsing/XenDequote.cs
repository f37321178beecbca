using ChannelConfig.Syntax;

namespace ChannelConfig.Parsing;

/// <summary>What libxlu's <c>xlu__cfgl_dequote</c> does with a string token.</summary>
internal enum XenDequoteOutcome
{
    /// <summary>Decoded without complaint.</summary>
    Ok,

    /// <summary>An assertion fails and xl aborts (a NUL byte inside the string).</summary>
    Crash,

    /// <summary><c>invalid digit after backslash hexnumerical character escape in quoted string</c>.</summary>
    HexError,

    /// <summary><c>invalid digit after backslash octalnumerical character escape in quoted string</c>.</summary>
    OctalError,

    /// <summary><c>invalid character after backlash in quoted string</c> (sic).</summary>
    CharacterError,
}

/// <summary>
/// libxlu's <c>xlu__cfgl_dequote</c> step by step, on the C string it sees (the token up to the
/// first NUL byte), to decide between success, its first error, and an assertion failure.
/// </summary>
internal static class XenDequote
{
    /// <summary>The message libxlu prints for an outcome.</summary>
    /// <param name="outcome">An error outcome.</param>
    /// <returns>The message.</returns>
    public static string Message(XenDequoteOutcome outcome) => outcome switch
    {
        XenDequoteOutcome.HexError => "invalid digit after backslash hexnumerical character escape in quoted string",
        XenDequoteOutcome.OctalError => "invalid digit after backslash octalnumerical character escape in quoted string",
        XenDequoteOutcome.CharacterError => "invalid character after backlash in quoted string",
        _ => string.Empty,
    };

    /// <summary>Runs the decoder's checks on a whole string token, quotes included.</summary>
    /// <param name="token">The token's bytes.</param>
    /// <returns>What xl does.</returns>
    public static XenDequoteOutcome Check(ReadOnlySpan<byte> token)
    {
        int len = token.IndexOf((byte)0);
        if (len < 0)
        {
            len = token.Length;
        }

        // assert(len>=2 && src[0]==src[len-1]);
        if (len < 2 || token[0] != token[len - 1])
        {
            return XenDequoteOutcome.Crash;
        }

        int end = len - 1;
        int p = 1;
        while (p < end)
        {
            if (token[p++] != (byte)'\\')
            {
                continue;
            }

            // assert(p < src+len-1);
            if (p >= end)
            {
                return XenDequoteOutcome.Crash;
            }

            byte nc = token[p++];
            switch (nc)
            {
                case (byte)'"' or (byte)'\'' or (byte)'\\' or (byte)'a' or (byte)'b' or (byte)'f'
                    or (byte)'n' or (byte)'r' or (byte)'t' or (byte)'v':
                    break;
                case (byte)'x':
                    return XenDequoteOutcome.HexError;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int consumed = OctalEscapeQuirk.Consumed(token[p..len]);
                    if (consumed <= 1)
                    {
                        return XenDequoteOutcome.OctalError;
                    }

                    p += consumed;
                    break;
                }

                default:
                    return XenDequoteOutcome.CharacterError;
            }
        }

        return XenDequoteOutcome.Ok;
    }
}
