using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>Applies non-overlapping replacements to a file's bytes; everything outside them is copied unchanged.</summary>
internal static class EditApplier
{
    /// <summary>Applies the edits.</summary>
    /// <param name="source">The file.</param>
    /// <param name="edits">The replacements (any order; they must not overlap).</param>
    /// <returns>The new bytes.</returns>
    /// <exception cref="ArgumentException">Two edits overlap, or one lies outside the file.</exception>
    public static byte[] Apply(SourceText source, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        return ApplyOrdered(source, Order(edits));
    }

    /// <summary>Applies edits already in the order <see cref="Order"/> gives (no copy of them is made).</summary>
    /// <param name="source">The file.</param>
    /// <param name="ordered">The replacements, ordered by position; they must not overlap.</param>
    /// <returns>The new bytes.</returns>
    /// <exception cref="ArgumentException">Two edits overlap, or one lies outside the file.</exception>
    public static byte[] ApplyOrdered(SourceText source, IReadOnlyList<TextEdit> ordered)
    {
        var input = source.Bytes.Span;

        // The result is made at its exact length, in one array: a file of hundreds of megabytes
        // is never held twice more than it must be.
        long length = input.Length;
        int position = 0;
        foreach (var edit in ordered)
        {
            int start = edit.Span.Start.Offset;
            int end = edit.Span.End.Offset;
            if (start < position || end < start || end > input.Length)
            {
                throw new ArgumentException("edits overlap or lie outside the file", nameof(ordered));
            }

            length += Encoding.UTF8.GetByteCount(edit.NewText) - (end - start);
            position = end;
        }

        byte[] output = new byte[checked((int)length)];
        int written = 0;
        position = 0;
        foreach (var edit in ordered)
        {
            int start = edit.Span.Start.Offset;
            input[position..start].CopyTo(output.AsSpan(written));
            written += start - position;
            written += Encoding.UTF8.GetBytes(edit.NewText, output.AsSpan(written));
            position = edit.Span.End.Offset;
        }

        input[position..].CopyTo(output.AsSpan(written));
        return output;
    }

    /// <summary>The edits themselves when they are already ordered by position, else <see cref="Order"/>'s copy.</summary>
    /// <param name="edits">The edits.</param>
    /// <returns>Ordered edits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edits"/> or one of them is null.</exception>
    public static IReadOnlyList<TextEdit> Ordered(IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        int previous = int.MinValue;
        for (int i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            ArgumentNullException.ThrowIfNull(edit, nameof(edits));
            if (edit.Span.Start.Offset < previous)
            {
                return Order(edits);
            }

            previous = edit.Span.Start.Offset;
        }

        return edits;
    }

    /// <summary>Orders edits by position (insertions at one point keep their given order).</summary>
    /// <param name="edits">The edits.</param>
    /// <returns>The ordered list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edits"/> or one of them is null.</exception>
    public static List<TextEdit> Order(IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var list = new List<TextEdit>();
        foreach (var edit in edits)
        {
            ArgumentNullException.ThrowIfNull(edit, nameof(edits));
            list.Add(edit);
        }

        return [.. list.Select((e, i) => (e, i)).OrderBy(x => x.e.Span.Start.Offset).ThenBy(x => x.i).Select(x => x.e)];
    }

    /// <summary>True when no two edits overlap (touching is allowed).</summary>
    /// <param name="edits">The edits.</param>
    /// <returns>True when they can be applied together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edits"/> or one of them is null.</exception>
    public static bool AreDisjoint(IEnumerable<TextEdit> edits)
    {
        int end = -1;
        foreach (var edit in Order(edits))
        {
            if (edit.Span.Start.Offset < end)
            {
                return false;
            }

            end = Math.Max(end, edit.Span.End.Offset);
        }

        return true;
    }
}
