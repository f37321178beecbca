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

        var memory = source.Bytes;
        var bytes = memory.Span;
        var lineStarts = LineStarts(bytes);
        int lineCount = lineStarts.Count - 1; // lineStarts ends with bytes.Length
        var groups = Group(EditApplier.Order(edits), bytes, lineStarts, lineCount);

        output.Write("--- "u8);
        output.Write(DiffPath.Header("a/" + path));
        output.Write("\n+++ "u8);
        output.Write(DiffPath.Header("b/" + path));
        output.WriteByte((byte)'\n');
        int delta = 0;
        foreach (var (first, last, group) in groups)
        {
            // The old block is lines first..last (inclusive; empty when first > last).
            int blockStart = lineStarts[first];
            int blockEnd = lineStarts[Math.Min(last + 1, lineCount)];
            var oldBlock = SplitLines(memory.Slice(blockStart, blockEnd - blockStart));
            var newBlock = SplitLines(ApplyWithin(bytes, blockStart, blockEnd, group));

            // Lines equal at both ends of the block are context, not change.
            int head = 0;
            while (head < oldBlock.Count && head < newBlock.Count && oldBlock[head].Span.SequenceEqual(newBlock[head].Span))
            {
                head++;
            }

            int tail = 0;
            while (tail < oldBlock.Count - head && tail < newBlock.Count - head && oldBlock[^(tail + 1)].Span.SequenceEqual(newBlock[^(tail + 1)].Span))
            {
                tail++;
            }

            int changeFirst = first + head;
            var removed = oldBlock.GetRange(head, oldBlock.Count - head - tail);
            var added = newBlock.GetRange(head, newBlock.Count - head - tail);
            int before = Math.Min(Context, changeFirst);
            int afterFirst = changeFirst + removed.Count;
            int after = Math.Min(Context, lineCount - afterFirst);

            int oldStart = changeFirst - before + 1;
            int oldCount = before + removed.Count + after;
            int newCount = before + added.Count + after;
            output.Write(Encoding.ASCII.GetBytes($"@@ -{Range(oldStart, oldCount)} +{Range(oldStart + delta, newCount)} @@\n"));
            for (int i = changeFirst - before; i < changeFirst; i++)
            {
                AppendLine(output, ' ', Line(bytes, lineStarts, i));
            }

            foreach (var line in removed)
            {
                AppendLine(output, '-', line.Span);
            }

            foreach (var line in added)
            {
                AppendLine(output, '+', line.Span);
            }

            for (int i = afterFirst; i < afterFirst + after; i++)
            {
                AppendLine(output, ' ', Line(bytes, lineStarts, i));
            }

            delta += added.Count - removed.Count;
        }
    }
    private static string Range(int start, int count) =>
        count == 1 ? $"{start}" : count == 0 ? $"{start - 1},0" : $"{start},{count}";

    /// <summary>Groups edits whose line ranges are close enough to share a hunk.</summary>
    private static List<(int First, int Last, List<TextEdit> Edits)> Group(List<TextEdit> edits, ReadOnlySpan<byte> bytes, List<int> lineStarts, int lineCount)
    {
        var groups = new List<(int First, int Last, List<TextEdit> Edits)>();
        foreach (var edit in edits)
        {
            int first = LineOf(bytes, lineStarts, lineCount, edit.Span.Start.Offset);
            int last = edit.Span.End.Offset > edit.Span.Start.Offset ? LineOf(bytes, lineStarts, lineCount, edit.Span.End.Offset - 1) : first;
            if (groups.Count > 0 && first <= groups[^1].Last + (2 * Context) + 1)
            {
                var g = groups[^1];
                g.Edits.Add(edit);
                groups[^1] = (g.First, Math.Max(g.Last, last), g.Edits);
            }
            else
            {
                groups.Add((first, last, [edit]));
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

    private static byte[] ApplyWithin(ReadOnlySpan<byte> bytes, int start, int end, List<TextEdit> edits)
    {
        using var output = new MemoryStream();
        int position = start;
        foreach (var edit in edits)
        {
            output.Write(bytes[position..edit.Span.Start.Offset]);
            output.Write(Encoding.UTF8.GetBytes(edit.NewText));
            position = edit.Span.End.Offset;
        }

        output.Write(bytes[position..end]);
        return output.ToArray();
    }

    /// <summary>Lines with their newline kept (so a missing final newline shows).</summary>
    private static List<ReadOnlyMemory<byte>> SplitLines(ReadOnlyMemory<byte> bytes)
    {
        var lines = new List<ReadOnlyMemory<byte>>();
        while (bytes.Length > 0)
        {
            int nl = bytes.Span.IndexOf((byte)'\n');
            int length = nl < 0 ? bytes.Length : nl + 1;
            lines.Add(bytes[..length]);
            bytes = bytes[length..];
        }

        return lines;
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
