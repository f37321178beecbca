using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// The ranges of the edits accepted so far, to tell whether a further fix's edits overlap them
/// (touching is allowed), by the rule of <see cref="EditApplier.AreDisjoint"/> with the accepted
/// edits first: in O(log² n) a query, where sorting every accepted edit again for each fix took
/// time proportional to the fixes times the edits (a thousand fixes beside the CRLF fix of a
/// 200,000-line file took 46 s).
/// </summary>
/// <remarks>
/// The ranges are kept as sorted runs (eight bytes an edit), merged as a binary counter merges
/// its digits: a run is merged into the one before it while it is at least as long, so there are
/// at most log n runs and each range is merged at most log n times.
/// </remarks>
internal sealed class DisjointEdits
{
    private readonly List<Range[]> _runs = [];

    /// <summary>Accepts <paramref name="edits"/> when they overlap neither each other nor any edit accepted before.</summary>
    /// <param name="edits">A fix's edits.</param>
    /// <returns>True when accepted.</returns>
    public bool TryAdd(IReadOnlyList<TextEdit> edits)
    {
        var run = new Range[edits.Count];
        for (int i = 0; i < run.Length; i++)
        {
            run[i] = new Range(edits[i].Span.Start.Offset, edits[i].Span.End.Offset, i);
        }

        // As EditApplier.Order: by start, then in the given order.
        Array.Sort(run, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        int end = -1;
        foreach (var range in run)
        {
            if (range.Start < end)
            {
                return false;
            }

            end = Math.Max(end, range.End);
        }

        foreach (var accepted in _runs)
        {
            foreach (var range in run)
            {
                if (Overlaps(accepted, range))
                {
                    return false;
                }
            }
        }

        // Within a run, ranges of one start are kept shortest first, so the last one at or before a point has the greatest end.
        Array.Sort(run, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _runs.Add(run);
        while (_runs.Count > 1 && _runs[^1].Length >= _runs[^2].Length)
        {
            var merged = Merge(_runs[^2], _runs[^1]);
            _runs.RemoveRange(_runs.Count - 2, 2);
            _runs.Add(merged);
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/>, coming after the accepted ranges, overlaps one of them:
    /// the last accepted range starting at or before it must end at or before its start, and the
    /// first starting after it must start at or after its end.
    /// </summary>
    private static bool Overlaps(Range[] accepted, Range candidate)
    {
        int low = 0;
        int high = accepted.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (accepted[mid].Start <= candidate.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // accepted[low - 1] is the last starting at or before the candidate; accepted[low] the first after it.
        return (low > 0 && accepted[low - 1].End > candidate.Start)
            || (low < accepted.Length && accepted[low].Start < candidate.End);
    }

    private static Range[] Merge(Range[] a, Range[] b)
    {
        var merged = new Range[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            merged[k++] = a[i].Start < b[j].Start || (a[i].Start == b[j].Start && a[i].End <= b[j].End) ? a[i++] : b[j++];
        }

        while (i < a.Length)
        {
            merged[k++] = a[i++];
        }

        while (j < b.Length)
        {
            merged[k++] = b[j++];
        }

        return merged;
    }

    /// <summary>An edit's byte range, and its place among its fix's edits.</summary>
    private readonly record struct Range(int Start, int End, int Order);
}
