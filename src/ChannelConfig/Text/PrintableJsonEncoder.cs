using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace ChannelConfig.Text;

/// <summary>
/// The JSON encoder of every JSON output: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// (UTF-8 as it is, no HTML escaping), which already writes C0 and C1 controls and U+2028/U+2029 as
/// <c>\uNNNN</c>, and also the bidirectional controls <see cref="PrintableText"/> calls unsafe
/// (U+202E and the others pass through the relaxed encoder raw). A JSON reader gets every value
/// back exactly; a terminal showing the JSON gets no control character.
/// </summary>
internal sealed class PrintableJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    private PrintableJsonEncoder()
    {
    }

    /// <summary>The encoder.</summary>
    public static JavaScriptEncoder Instance { get; } = new PrintableJsonEncoder();

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => Math.Max(Relaxed.MaxOutputCharactersPerInputCharacter, 6);

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) => IsExtra(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int first = Relaxed.FindFirstCharacterToEncode(text, textLength);
        int limit = first < 0 ? textLength : first;
        for (int i = 0; i < limit; i++)
        {
            if (IsExtra(text[i]))
            {
                return i;
            }
        }

        return first;
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        int first = Relaxed.FindFirstCharacterToEncodeUtf8(utf8Text);
        var span = first < 0 ? utf8Text : utf8Text[..first];
        int offset = 0;
        while (offset < span.Length)
        {
            if (span[offset] < 0x80)
            {
                offset++;
                continue;
            }

            if (Rune.DecodeFromUtf8(span[offset..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done && IsExtra(rune.Value))
            {
                return offset;
            }

            offset += Math.Max(1, consumed);
        }

        return first;
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsExtra(unicodeScalar))
        {
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        string escaped = string.Create(CultureInfo.InvariantCulture, $"\\u{unicodeScalar:X4}");
        if (bufferLength < escaped.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (int i = 0; i < escaped.Length; i++)
        {
            buffer[i] = escaped[i];
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    /// <summary>Unsafe characters the relaxed encoder leaves raw: the bidirectional controls (surrogates are its business).</summary>
    private static bool IsExtra(int scalar) => scalar is >= 0x80 and <= 0xFFFF && !char.IsSurrogate((char)scalar) && PrintableText.IsUnsafe(scalar);
}
