using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>
/// Standard output when it is a terminal. Text goes through unchanged (it is made printable where
/// it is written); a file's own bytes, which <see cref="RawOutput"/> writes exactly for a pipe or
/// a file (a diff that <c>patch</c> applies, a fixed file), are shown line by line with every
/// character the printable-text rule calls unsafe escaped (<see cref="PrintableText"/>; bytes that
/// are not UTF-8 as <c>\xNN</c>), tabs and line ends kept: a value holding <c>ESC[2J</c>, an OSC
/// title or a bidirectional override cannot drive the terminal that shows the diff.
/// </summary>
/// <param name="inner">The terminal's writer.</param>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    /// <summary>Shows a file's bytes: each line escaped as above.</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteFileBytes(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            int newline = bytes.IndexOf((byte)'\n');
            var line = newline < 0 ? bytes : bytes[..newline];
            WriteLineText(line);
            if (newline < 0)
            {
                break;
            }

            inner.Write('\n');
            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>A stream that shows what is written to it as <see cref="WriteFileBytes"/> does, a line at a time (a large diff is never held whole).</summary>
    /// <returns>The stream; dispose or flush it to show a last line without a newline.</returns>
    public Stream OpenFileBytes() => new LineStream(this);

    private void WriteLineText(ReadOnlySpan<byte> line)
    {
        string text = FileNameText.Decode(line);
        int start = 0;
        for (int tab = text.IndexOf('\t', StringComparison.Ordinal); ; tab = text.IndexOf('\t', start))
        {
            inner.Write(PrintableText.Text(tab < 0 ? text[start..] : text[start..tab]));
            if (tab < 0)
            {
                return;
            }

            inner.Write('\t');
            start = tab + 1;
        }
    }

    /// <summary>Collects bytes until a line is complete, then shows it.</summary>
    private sealed class LineStream(TerminalWriter terminal) : WriteOnlyStream
    {
        private readonly List<byte> _line = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                int newline = buffer.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    _line.AddRange(buffer);
                    return;
                }

                _line.AddRange(buffer[..(newline + 1)]);
                terminal.WriteFileBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line));
                _line.Clear();
                buffer = buffer[(newline + 1)..];
            }
        }

        public override void Flush()
        {
            if (_line.Count > 0)
            {
                terminal.WriteFileBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line));
                _line.Clear();
            }

            terminal.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
