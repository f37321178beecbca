using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// File names are bytes on Linux, and not always UTF-8; .NET strings are UTF-16. .NET itself turns
/// every byte that is not UTF-8 into U+FFFD, in arguments and in directory listings alike, so such a
/// file can neither be opened nor told apart from its neighbours. Here a name is carried losslessly
/// as Python's <c>surrogateescape</c> does: the UTF-8 parts decoded, and each other byte NN as the
/// lone surrogate U+DCNN (NN from 0x80). <see cref="PrintableText.Path"/> shows such a byte as <c>\xNN</c>.
/// </summary>
internal static class FileNameText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a file name's bytes: UTF-8 where they are UTF-8, each other byte as U+DC80–U+DCFF.</summary>
    /// <param name="bytes">The name's bytes.</param>
    /// <returns>The name as a string that <see cref="Encode"/> turns back into the same bytes.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                // One byte at a time, so that a sequence cut short is kept byte for byte.
                consumed = 1;
                sb.Append((char)(0xDC00 + bytes[0]));
            }

            bytes = bytes[consumed..];
        }

        return sb.ToString();
    }

    /// <summary>True when the name carries bytes that are not UTF-8 (lone surrogates U+DC80–U+DCFF).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when only <see cref="Encode"/> gives its real bytes.</returns>
    public static bool HasEscapedBytes(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (IsEscapedByte(name[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Encodes a name back into its bytes: UTF-8, and each U+DC80–U+DCFF as the byte it stands for.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The bytes (without a terminating NUL).</returns>
    public static byte[] Encode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!HasEscapedBytes(name))
        {
            return Encoding.UTF8.GetBytes(name);
        }

        var bytes = new List<byte>(name.Length + 8);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                int n = new Rune(c, name[++i]).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n]);
            }
            else if (IsEscapedByte(c))
            {
                bytes.Add(EscapedByte(c));
            }
            else
            {
                int n = (Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n]);
            }
        }

        return [.. bytes];
    }

    /// <summary>True for U+DC80–U+DCFF, which a decoded name uses for a byte that is not UTF-8.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when it stands for a byte.</returns>
    public static bool IsEscapedByte(char c) => c is >= '\udc80' and <= '\udcff';

    /// <summary>The byte U+DC80–U+DCFF stands for.</summary>
    /// <param name="c">The character (see <see cref="IsEscapedByte"/>).</param>
    /// <returns>The byte.</returns>
    public static byte EscapedByte(char c) => (byte)(c - 0xDC00);
}
