using System.Text;
using System.Text.Unicode;

namespace ChannelConfig.Text;

/// <summary>
/// Turns bytes that xl treats as opaque into text: valid UTF-8 is decoded as UTF-8; anything else
/// byte by byte (each byte becomes the character of the same number, as Latin-1), so no byte is
/// lost and the bytes can be recovered with <see cref="Encoding.Latin1"/>.
/// </summary>
public static class ByteText
{
    /// <summary>Decodes bytes by the rule above.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
}
