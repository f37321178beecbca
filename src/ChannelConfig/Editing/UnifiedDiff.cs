using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// A unified diff (as <c>diff -u</c> writes it, for <c>patch</c>) between a file and the result of
/// applying edits to it. Hunks come straight from the edits' line ranges, with three lines of context.
/// The diff holds the file's own bytes (a line that is not UTF-8 stays as it is, so <c>patch</c>
/// applies it byte for byte), and a path that holds a control character, a quote, a backslash or a
/// byte that is not ASCII is quoted in the <c>---</c>/<c>+++</c> headers as git quotes it.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private static readonly byte[] NoNewline = "\\ No newline at end of file\n"u8.ToArray();

    /// <summary>Writes the diff as text; empty when there are no edits. A file that is not UTF-8 is decoded as <see cref="ByteText.Decode"/> does, so its bytes cannot be written back: use <see cref="CreateBytes"/> for output.</summary>
    /// <param name="path">The file's path, used in the <c>---</c>/<c>+++</c> headers as <c>a/PATH</c> and <c>b/PATH</c>.</param>
    /// <param name="source">The file before the edits.</param>
    /// <param name="edits">Non-overlapping edits.</param>
    /// <returns>The diff text.</returns>
    public static string Create(string path, SourceText source, IReadOnlyList<TextEdit> edits) =>
        ByteText.Decode(CreateBytes(path, source, edits));

    /// <summary>Writes the diff as bytes, exactly as <c>patch</c> needs them; empty when there are no edits.</summary>
    /// <param name="path">The file's path, used in the <c>---</c>/<c>+++</c> headers as <c>a/PATH</c> and <c>b/PATH</c> (quoted as git quotes names).</param>
    /// <param name="source">The file before the edits.</param>
    /// <param name="edits">Non-overlapping edits.</param>
    /// <returns>The diff's bytes.</returns>
    public static byte[] CreateBytes(string path, SourceText source, IReadOnlyList<TextEdit> edits)
    {
        using var output = new MemoryStream();
        Write(output, path, source, edits);
        return output.ToArray();
    }

    /// <summary>Writes the diff's bytes to <paramref name="output"/> as it makes them (nothing when there are no edits).</summary>
    /// <param name="output">Where the diff goes.</param>
    /// <param name="path">The file's path, used in the <c>---</c>/<c>+++</c> headers as <c>a/PATH</c> and <c>b/PATH</c> (quoted as git quotes names).</param>
    /// <param name="source">The file before the edits.</param>
    /// <param name="edits">Non-overlapping edits.</param>
    public static void Write(Stream output, string path, SourceText source, IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return;
        }

        var bytes = source.Bytes.Span;
        var lineStarts = LineStarts(bytes);
        int lineCount = lineStarts.Count - 1; // lineStarts ends with bytes.Length
        var ordered = EditApplier.Ordered(edits);
        var groups = Group(ordered, bytes, lineStarts, lineCount);

        output.Write("--- "u8);
        output.Write(DiffPath.Header("a/" + path));
        output.Write("\n+++ "u8);
        output.Write(DiffPath.Header("b/" + path));
        output.WriteByte((byte)'\n');
        int delta = 0;
        foreach (var (first, last, from, to) in groups)
        {
            // The old block is lines first..last (inclusive; empty when first > last); its lines
            // are the file's, the new block's are found in it: no list of either is made.
            int blockStart = lineStarts[first];
            int blockEnd = lineStarts[Math.Min(last + 1, lineCount)];
            int oldCount = blockEnd > blockStart ? Math.Min(last + 1, lineCount) - first : 0;
            byte[] newBlock = ApplyWithin(bytes, blockStart, blockEnd, ordered, from, to);
            var newStarts = LineStarts(newBlock);
            int newCount = newStarts.Count - 1;

            // Lines equal at both ends of the block are context, not change.
            int head = 0;
            while (head < oldCount && head < newCount && Line(bytes, lineStarts, first + head).SequenceEqual(Line(newBlock, newStarts, head)))
            {
                head++;
            }

            int tail = 0;
            while (tail < oldCount - head && tail < newCount - head
                && Line(bytes, lineStarts, first + oldCount - 1 - tail).SequenceEqual(Line(newBlock, newStarts, newCount - 1 - tail)))
            {
                tail++;
            }

            int changeFirst = first + head;
            int removed = oldCount - head - tail;
            int added = newCount - head - tail;
            int before = Math.Min(Context, changeFirst);
            int afterFirst = changeFirst + removed;
            int after = Math.Min(Context, lineCount - afterFirst);

            int oldStart = changeFirst - before + 1;
            int oldLines = before + removed + after;
            int newLines = before + added + after;
            output.Write(Encoding.ASCII.GetBytes($"@@ -{Range(oldStart, oldLines)} +{Range(oldStart + delta, newLines)} @@\n"));
            for (int i = changeFirst - before; i < changeFirst; i++)
            {
                AppendLine(output, ' ', Line(bytes, lineStarts, i));
            }

            for (int k = head; k < head + removed; k++)
            {
                AppendLine(output, '-', Line(bytes, lineStarts, first + k));
            }

            for (int k = head; k < head + added; k++)
            {
                AppendLine(output, '+', Line(newBlock, newStarts, k));
            }

            for (int i = afterFirst; i < afterFirst + after; i++)
            {
                AppendLine(output, ' ', Line(bytes, lineStarts, i));
            }

            delta += added - removed;
        }
    }

    private static string Range(int start, int count) =>
        count == 1 ? $"{start}" : count == 0 ? $"{start - 1},0" : $"{start},{count}";

    /// <summary>Groups edits whose line ranges are close enough to share a hunk: each group's lines and its edits' range [From, To) in <paramref name="edits"/>.</summary>
    private static List<(int First, int Last, int From, int To)> Group(IReadOnlyList<TextEdit> edits, ReadOnlySpan<byte> bytes, List<int> lineStarts, int lineCount)
    {
        var groups = new List<(int First, int Last, int From, int To)>();
        for (int i = 0; i < edits.Count; i++)
        {
            var span = edits[i].Span;
            int first = LineOf(bytes, lineStarts, lineCount, span.Start.Offset);
            int last = span.End.Offset > span.Start.Offset ? LineOf(bytes, lineStarts, lineCount, span.End.Offset - 1) : first;
            if (groups.Count > 0 && first <= groups[^1].Last + (2 * Context) + 1)
            {
                var g = groups[^1];
                groups[^1] = (g.First, Math.Max(g.Last, last), g.From, i + 1);
            }
            else
            {
                groups.Add((first, last, i, i + 1));
            }
        }

        return groups;
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>; the end of a file that ends in a newline is a line of its own past the last.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, List<int> lineStarts, int lineCount, int offset)
    {
        if (offset >= bytes.Length)
        {
            return bytes.Length > 0 && bytes[^1] != (byte)'\n' ? lineCount - 1 : lineCount;
        }

        int index = lineStarts.BinarySearch(0, lineCount, offset, null);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The bytes [<paramref name="start"/>, <paramref name="end"/>) with edits [<paramref name="from"/>, <paramref name="to"/>) applied, made at their exact length.</summary>
    private static byte[] ApplyWithin(ReadOnlySpan<byte> bytes, int start, int end, IReadOnlyList<TextEdit> edits, int from, int to)
    {
        long length = end - start;
        for (int i = from; i < to; i++)
        {
            var edit = edits[i];
            length += Encoding.UTF8.GetByteCount(edit.NewText) - (edit.Span.End.Offset - edit.Span.Start.Offset);
        }

        byte[] output = new byte[checked((int)length)];
        int written = 0;
        int position = start;
        for (int i = from; i < to; i++)
        {
            var edit = edits[i];
            bytes[position..edit.Span.Start.Offset].CopyTo(output.AsSpan(written));
            written += edit.Span.Start.Offset - position;
            written += Encoding.UTF8.GetBytes(edit.NewText, output.AsSpan(written));
            position = edit.Span.End.Offset;
        }

        bytes[position..end].CopyTo(output.AsSpan(written));
        return output;
    }

    /// <summary>The start of every line, then the file's length (so line i is starts[i]..starts[i+1]).</summary>
    private static List<int> LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' && i + 1 < bytes.Length)
            {
                starts.Add(i + 1);
            }
        }

        if (bytes.Length > 0)
        {
            starts.Add(bytes.Length);
        }

        return starts;
    }

    private static ReadOnlySpan<byte> Line(ReadOnlySpan<byte> bytes, List<int> lineStarts, int index) =>
        bytes.Slice(lineStarts[index], lineStarts[index + 1] - lineStarts[index]);

    private static void AppendLine(Stream output, char marker, ReadOnlySpan<byte> line)
    {
        output.WriteByte((byte)marker);
        output.Write(line);
        if (line.Length == 0 || line[^1] != (byte)'\n')
        {
            output.WriteByte((byte)'\n');
            output.Write(NoNewline);
        }
    }
}
