using System.Buffers;

namespace ChannelConfig.Syntax;

/// <summary>Byte classes of libxlu's scanner, as a lookup table, and the ends of its tokens: the lexical facts the parser and the syntax model's lazy decoding share.</summary>
internal static class CharClass
{
    private const byte IdentTail = 1;   // [._0-9a-z]
    private const byte NumberTail = 2;  // [0-9a-fx]

    private static readonly SearchValues<byte> DoubleQuotedStops = SearchValues.Create("\"\\\n\0"u8);
    private static readonly SearchValues<byte> SingleQuotedStops = SearchValues.Create("'\\\n\0"u8);

    private static ReadOnlySpan<byte> Table =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, // 0x20  '.'
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0, // 0x30  digits
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x40
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, // 0x50  '_'
        0, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0x60  a-f hex, g-o
        1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 0, 0, 0, 0, 0, // 0x70  p-z, 'x'
    ];

    /// <summary>True for <c>[._0-9a-z]</c>, the bytes that may follow the first letter of a name.</summary>
    public static bool IsIdentTail(byte b) => b < 0x80 && (Table[b] & IdentTail) != 0;

    /// <summary>The end of the name <c>[a-z][._0-9a-z]*</c> whose first letter is at <paramref name="start"/>.</summary>
    public static int NameEnd(ReadOnlySpan<byte> bytes, int start)
    {
        int end = start + 1;
        while (end < bytes.Length && IsIdentTail(bytes[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True for <c>[0-9a-fx]</c>, the bytes that may follow the first digit of a number.</summary>
    public static bool IsNumberTail(byte b) => b < 0x80 && (Table[b] & NumberTail) != 0;

    /// <summary>The end of the number <c>[0-9][0-9a-fx]*</c> whose first digit is at <paramref name="start"/>.</summary>
    public static int NumberEnd(ReadOnlySpan<byte> bytes, int start)
    {
        int end = start + 1;
        while (end < bytes.Length && IsNumberTail(bytes[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>C <c>isspace</c> in the C locale: space, <c>\t \n \v \f \r</c>.</summary>
    public static bool IsCSpace(byte b) => b == (byte)' ' || (b >= (byte)'\t' && b <= (byte)'\r');

    /// <summary>
    /// Scans <c>'([^'\\\n]|\\.)*'</c> or its double-quoted twin starting at the quote.
    /// </summary>
    /// <param name="src">The file's bytes.</param>
    /// <param name="start">Offset of the opening quote.</param>
    /// <param name="hasEscapes">Whether the string has a backslash escape.</param>
    /// <param name="hasNul">Whether the string has a NUL byte.</param>
    /// <returns>The offset after the closing quote, or -1 when the rule does not match.</returns>
    public static int StringEnd(ReadOnlySpan<byte> src, int start, out bool hasEscapes, out bool hasNul)
    {
        byte quote = src[start];
        var stops = quote == (byte)'"' ? DoubleQuotedStops : SingleQuotedStops;
        hasEscapes = false;
        hasNul = false;
        int i = start + 1;
        while (true)
        {
            int k = src[i..].IndexOfAny(stops);
            if (k < 0)
            {
                return -1;
            }

            i += k;
            byte c = src[i];
            if (c == quote)
            {
                return i + 1;
            }

            if (c == (byte)'\n')
            {
                return -1;
            }

            if (c == 0)
            {
                hasNul = true;
                i++; // A NUL is an ordinary byte for the scanner.
                continue;
            }

            // Backslash: any character but a newline may follow.
            hasEscapes = true;
            if (i + 1 >= src.Length || src[i + 1] == (byte)'\n')
            {
                return -1;
            }

            i += 2;
        }
    }
}
