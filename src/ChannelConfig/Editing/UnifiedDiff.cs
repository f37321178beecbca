using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// A unified diff (as <c>diff -u</c> writes it, for <c>patch</c>) between a file and the result of
/// applying edits to it. Hunks come straight from the edits' line ranges, with three lines of context.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Writes the diff; empty when there are no edits.</summary>
    /// <param name="path">The file's path, used in the <c>---</c>/<c>+++</c> headers as <c>a/PATH</c> and <c>b/PATH</c>.</param>
    /// <param name="source">The file before the edits.</param>
    /// <param name="edits">Non-overlapping edits.</param>
    /// <returns>The diff text.</returns>
    public static string Create(string path, SourceText source, IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return string.Empty;
        }

        byte[] bytes = source.Bytes.ToArray();
        var lineStarts = LineStarts(bytes);
        int lineCount = lineStarts.Count - 1; // lineStarts ends with bytes.Length
        var groups = Group(EditApplier.Order(edits), bytes, lineStarts, lineCount);

        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        int delta = 0;
        foreach (var (first, last, group) in groups)
        {
            // The old block is lines first..last (inclusive; empty when first > last).
            int blockStart = lineStarts[first];
            int blockEnd = lineStarts[Math.Min(last + 1, lineCount)];
            var oldBlock = SplitLines(bytes.AsSpan(blockStart, blockEnd - blockStart));
            var newBlock = SplitLines(ApplyWithin(bytes, blockStart, blockEnd, group));

            // Lines equal at both ends of the block are context, not change.
            int head = 0;
            while (head < oldBlock.Count && head < newBlock.Count && oldBlock[head] == newBlock[head])
            {
                head++;
            }

            int tail = 0;
            while (tail < oldBlock.Count - head && tail < newBlock.Count - head && oldBlock[^(tail + 1)] == newBlock[^(tail + 1)])
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
            sb.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(oldStart + delta, newCount)).Append(" @@\n");
            for (int i = changeFirst - before; i < changeFirst; i++)
            {
                AppendLine(sb, ' ', Line(bytes, lineStarts, i));
            }

            foreach (string line in removed)
            {
                AppendLine(sb, '-', line);
            }

            foreach (string line in added)
            {
                AppendLine(sb, '+', line);
            }

            for (int i = afterFirst; i < afterFirst + after; i++)
            {
                AppendLine(sb, ' ', Line(bytes, lineStarts, i));
            }

            delta += added.Count - removed.Count;
        }

        return sb.ToString();
    }

    private static string Range(int start, int count) =>
        count == 1 ? $"{start}" : count == 0 ? $"{start - 1},0" : $"{start},{count}";

    /// <summary>Groups edits whose line ranges are close enough to share a hunk.</summary>
    private static List<(int First, int Last, List<TextEdit> Edits)> Group(List<TextEdit> edits, byte[] bytes, List<int> lineStarts, int lineCount)
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
    private static int LineOf(byte[] bytes, List<int> lineStarts, int lineCount, int offset)
    {
        if (offset >= bytes.Length)
        {
            return bytes.Length > 0 && bytes[^1] != (byte)'\n' ? lineCount - 1 : lineCount;
        }

        int index = lineStarts.BinarySearch(0, lineCount, offset, null);
        return index >= 0 ? index : ~index - 1;
    }

    private static byte[] ApplyWithin(byte[] bytes, int start, int end, List<TextEdit> edits)
    {
        using var output = new MemoryStream();
        int position = start;
        foreach (var edit in edits)
        {
            output.Write(bytes, position, edit.Span.Start.Offset - position);
            output.Write(Encoding.UTF8.GetBytes(edit.NewText));
            position = edit.Span.End.Offset;
        }

        output.Write(bytes, position, end - position);
        return output.ToArray();
    }

    /// <summary>Lines with their newline kept (so a missing final newline shows).</summary>
    private static List<string> SplitLines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        while (bytes.Length > 0)
        {
            int nl = bytes.IndexOf((byte)'\n');
            int length = nl < 0 ? bytes.Length : nl + 1;
            lines.Add(ByteText.Decode(bytes[..length]));
            bytes = bytes[length..];
        }

        return lines;
    }

    /// <summary>The start of every line, then the file's length (so line i is starts[i]..starts[i+1]).</summary>
    private static List<int> LineStarts(byte[] bytes)
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

    private static string Line(byte[] bytes, List<int> lineStarts, int index) =>
        ByteText.Decode(bytes.AsSpan(lineStarts[index], lineStarts[index + 1] - lineStarts[index]));

    private static void AppendLine(StringBuilder sb, char marker, string line)
    {
        sb.Append(marker);
        if (line.EndsWith('\n'))
        {
            sb.Append(line);
        }
        else
        {
            sb.Append(line).Append("\n\\ No newline at end of file\n");
        }
    }
}
