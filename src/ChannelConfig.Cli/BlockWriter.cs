namespace ChannelConfig.Cli;

/// <summary>
/// Gathers small writes into blocks of 32 K characters before passing them on, so that an output
/// written piece by piece reaches a writer that flushes on every write (xlchan's standard output)
/// in a few large writes rather than millions of small ones. Disposing passes on the rest; the
/// writer underneath is neither flushed nor disposed.
/// </summary>
/// <param name="inner">Where the blocks go.</param>
internal sealed class BlockWriter(TextWriter inner) : TextWriter
{
    private readonly char[] _block = new char[32 * 1024];
    private int _used;

    /// <inheritdoc />
    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (_used == _block.Length)
        {
            Flush();
        }

        _block[_used++] = value;
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == _block.Length)
            {
                Flush();
            }

            int take = Math.Min(buffer.Length, _block.Length - _used);
            buffer[..take].CopyTo(_block.AsSpan(_used));
            _used += take;
            buffer = buffer[take..];
        }
    }

    /// <summary>Passes on what is gathered (the writer underneath is not flushed).</summary>
    public override void Flush()
    {
        if (_used > 0)
        {
            inner.Write(_block, 0, _used);
            _used = 0;
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
