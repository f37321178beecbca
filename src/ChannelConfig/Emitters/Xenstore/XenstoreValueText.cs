using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Xenstore;

/// <summary>
/// How xenstore's command-line tools write and read values (Xen's <c>tools/xenstore/xs_lib.c</c>):
/// <c>sanitise_value</c>, which <c>xenstore-ls</c> and <c>xenstore-read</c> print a value with, and
/// the text that <c>xenstore-write</c>'s <c>unsanitise_value</c> turns back into a value.
/// A value is a string whose lone surrogates U+DC80–U+DCFF stand for bytes that are not UTF-8
/// (<see cref="FileNameText"/>); both work on its bytes.
/// </summary>
internal static class XenstoreValueText
{
    /// <summary>
    /// A value as <c>sanitise_value</c> prints it: each byte from <c>' '</c> to <c>'~'</c> as it is,
    /// except <c>\</c>, written <c>\\</c>; tab, newline and carriage return as <c>\t</c>, <c>\n</c>,
    /// <c>\r</c>; the bytes 0–7 as <c>\NNN</c> (three octal digits); every other byte (the rest of
    /// the controls, DEL, and each byte of a UTF-8 character beyond ASCII) as <c>\xNN</c> in
    /// lower-case hex. The result is printable ASCII.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The sanitised text.</returns>
    public static string Sanitise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsPlainAscii(value))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 16);
        foreach (byte b in FileNameText.Encode(value))
        {
            _ = b switch
            {
                >= (byte)' ' and <= (byte)'~' and not (byte)'\\' => sb.Append((char)b),
                (byte)'\t' => sb.Append("\\t"),
                (byte)'\n' => sb.Append("\\n"),
                (byte)'\r' => sb.Append("\\r"),
                (byte)'\\' => sb.Append("\\\\"),
                < 8 => sb.Append('\\').Append((char)('0' + (b >> 6))).Append((char)('0' + ((b >> 3) & 7))).Append((char)('0' + (b & 7))),
                _ => sb.Append("\\x").Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xf)),
            };
        }

        return sb.ToString();
    }

    /// <summary>
    /// The argument that makes <c>xenstore-write</c> (without <c>-R</c>, which only Xen 4.12 and
    /// later have) store exactly <paramref name="value"/>: <c>unsanitise_value</c> reads a
    /// backslash as the start of an escape (<c>\n \t \r \\ \xNN \NNN</c>, and drops it before any
    /// other character) and leaves every other byte alone, so each <c>\</c> is doubled.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The argument.</returns>
    public static string ForWrite(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal);
    }

    private static bool IsPlainAscii(string value)
    {
        foreach (char c in value)
        {
            if (c is < ' ' or > '~' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static char HexDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
