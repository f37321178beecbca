namespace ChannelConfig.Lexing;

/// <summary>Byte classes of libxlu's scanner, as a lookup table.</summary>
internal static class CharClass
{
    private const byte IdentTail = 1;   // [._0-9a-z]
    private const byte NumberTail = 2;  // [0-9a-fx]

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
}
