using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it and passes the characters on to a
/// <see cref="TextWriter"/>, so that a <see cref="System.Text.Json.Utf8JsonWriter"/> can write a
/// document to standard output or a file as it goes instead of into one buffer. A character split
/// between two writes is decoded when its last byte comes; invalid bytes become U+FFFD, as
/// <see cref="Encoding.UTF8"/>'s <c>GetString</c> makes them.
/// </summary>
internal sealed class TextWriterUtf8Stream(TextWriter output) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int take = Math.Min(buffer.Length, _chars.Length);
            int count = _decoder.GetChars(buffer[..take], _chars, flush: false);
            output.Write(_chars, 0, count);
            buffer = buffer[take..];
        }
    }

    /// <summary>Nothing to do: every write is passed on at once (the writer itself is not flushed).</summary>
    public override void Flush()
    {
    }

    /// <summary>Ends the text: a character left incomplete becomes U+FFFD.</summary>
    public void Complete()
    {
        int count = _decoder.GetChars([], _chars, flush: true);
        output.Write(_chars, 0, count);
        _chars = [];
    }
}
