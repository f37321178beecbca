using System.Text;
using System.Text.Unicode;

namespace ChannelConfig.Text;

/// <summary>
/// Turns bytes that xl treats as opaque into text: valid UTF-8 is decoded as UTF-8; anything else
/// byte by byte (each byte becomes the character of the same number, as Latin-1), so no byte is
/// lost and the bytes can be recovered with <see cref="Encoding.Latin1"/>.
/// </summary>
internal static class ByteText
{
    /// <summary>Decodes bytes by the rule above.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    /// <summary>Appends bytes decoded as <see cref="Decode"/> does, without making a string of short ones.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="bytes">The bytes.</param>
    internal static void AppendDecoded(StringBuilder text, ReadOnlySpan<byte> bytes)
    {
        const int Short = 256;
        if (bytes.Length > Short)
        {
            text.Append(Decode(bytes));
            return;
        }

        Span<char> chars = stackalloc char[Short];
        var encoding = Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.Latin1;
        text.Append(chars[..encoding.GetChars(bytes, chars)]);
    }
}
