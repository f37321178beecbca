namespace ChannelConfig.Text;

/// <summary>
/// Where each line of a file starts, and enough about its UTF-8 continuation bytes to turn any
/// byte offset into a line and a column in O(log lines) time, whatever the lines' lengths.
/// </summary>
/// <remarks>
/// A column counts characters: bytes minus UTF-8 continuation bytes. For a file that is all
/// ASCII it is the distance from the line's start; otherwise the map keeps the running number
/// of continuation bytes at every <see cref="BlockSize"/>-byte boundary, so counting never scans
/// more than one block (a column on a 10 MB line costs the same as on a short one).
/// Immutable once built.
/// </remarks>
internal sealed class LineMap
{
    private const int BlockShift = 8;
    private const int BlockSize = 1 << BlockShift;

    private readonly int[] _lineStarts;

    // Continuation bytes before each block boundary; null when the file is all ASCII.
    private readonly int[]? _continuationsBefore;

    // The line of the last look-up (0-based): positions are mostly asked for in order, often on
    // the same line. A plain int, so racing threads at worst miss the hint.
    private int _hint;

    private LineMap(int[] lineStarts, int[]? continuationsBefore)
    {
        _lineStarts = lineStarts;
        _continuationsBefore = continuationsBefore;
    }

    /// <summary>The number of lines (a final line without a newline counts; an empty file has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the map of a file.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <returns>The map.</returns>
    public static LineMap Build(ReadOnlySpan<byte> bytes)
    {
        // Counted first (vectorised), so the starts go straight into an array of their exact size.
        var starts = new int[bytes.Count((byte)'\n') + 1];
        int offset = 0;
        for (int line = 1; line < starts.Length; line++)
        {
            offset += bytes[offset..].IndexOf((byte)'\n') + 1;
            starts[line] = offset;
        }

        int[]? continuations = null;
        if (!System.Text.Ascii.IsValid(bytes))
        {
            continuations = new int[(bytes.Length >> BlockShift) + 1];
            int running = 0;
            for (int block = 1; block < continuations.Length; block++)
            {
                running += ColumnCounter.CountContinuationBytes(bytes.Slice((block - 1) << BlockShift, BlockSize));
                continuations[block] = running;
            }
        }

        return new LineMap(starts, continuations);
    }

    /// <summary>The offset where a line starts.</summary>
    /// <param name="line">One-based line number, between 1 and <see cref="LineCount"/>.</param>
    /// <returns>The offset of the line's first byte.</returns>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The one-based line of an offset.</summary>
    /// <param name="offset">A byte offset within the file (or its end).</param>
    /// <returns>The line.</returns>
    public int LineOf(int offset)
    {
        var starts = _lineStarts;
        int hint = _hint;
        if ((uint)hint < (uint)starts.Length && starts[hint] <= offset && (hint + 1 == starts.Length || offset < starts[hint + 1]))
        {
            return hint + 1;
        }

        // The last line start at or before the offset (starts[0] is 0).
        int low = 0;
        int high = starts.Length - 1;
        while (low < high)
        {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        _hint = low;
        return low + 1;
    }

    /// <summary>The position (line and column) of an offset.</summary>
    /// <param name="bytes">The file's content (the bytes the map was built from).</param>
    /// <param name="offset">A byte offset within the file (or its end).</param>
    /// <returns>The position.</returns>
    public SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = LineOf(offset);
        int lineStart = _lineStarts[line - 1];
        int column = offset - lineStart + 1;
        if (_continuationsBefore is not null)
        {
            column -= ContinuationsBefore(bytes, offset) - ContinuationsBefore(bytes, lineStart);
        }

        return new SourcePosition(offset, line, column);
    }

    private int ContinuationsBefore(ReadOnlySpan<byte> bytes, int offset)
    {
        int block = offset >> BlockShift;
        int blockStart = block << BlockShift;
        return _continuationsBefore![block] + ColumnCounter.CountContinuationBytes(bytes[blockStart..offset]);
    }
}
