using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// The edits of several fixes in the order <see cref="EditApplier.Order"/> gives them (by start,
/// then fix by fix and edit by edit), taken from their fixes when asked for: nothing when the
/// fixes one after another are already in order (the usual case), else where each edit is
/// (twelve bytes an edit). The CRLF fix of a million lines is never a million edit objects held
/// at once, which alone came to several times the file.
/// </summary>
/// <remarks>Immutable; each request makes the edit anew (or returns the fix's own). Safe from any number of threads.</remarks>
internal sealed class OrderedEdits : IReadOnlyList<TextEdit>
{
    private readonly IReadOnlyList<TextEdit>[] _fixes;

    // Where each fix's edits begin among all of them, then their count.
    private readonly int[] _firsts;

    // The edits in order, when taking the fixes one after another does not already give it.
    private readonly Place[]? _order;

    /// <summary>Orders the edits of <paramref name="fixes"/>, taken one after another.</summary>
    /// <param name="fixes">Each fix's edits.</param>
    public OrderedEdits(IReadOnlyList<IReadOnlyList<TextEdit>> fixes)
    {
        _fixes = [.. fixes];
        _firsts = new int[_fixes.Length + 1];
        bool inOrder = true;
        int previous = int.MinValue;
        for (int f = 0; f < _fixes.Length; f++)
        {
            var fix = _fixes[f];
            _firsts[f + 1] = _firsts[f] + fix.Count;
            for (int i = 0; i < fix.Count && inOrder; i++)
            {
                int start = fix[i].Span.Start.Offset;
                inOrder = start >= previous;
                previous = start;
            }
        }

        // Usually the fixes come in the order of their findings and each fix's edits in order, and
        // no list is needed (a CRLF fix alone: none at all).
        if (inOrder)
        {
            return;
        }

        _order = new Place[_firsts[^1]];
        int k = 0;
        for (int f = 0; f < _fixes.Length; f++)
        {
            var fix = _fixes[f];
            for (int i = 0; i < fix.Count; i++)
            {
                _order[k++] = new Place(fix[i].Span.Start.Offset, f, i);
            }
        }

        // Stable by start: ties keep the order of the fixes and of their edits.
        Array.Sort(_order, static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Fix != b.Fix ? a.Fix.CompareTo(b.Fix)
            : a.Index.CompareTo(b.Index));
    }

    /// <inheritdoc />
    public int Count => _firsts[^1];

    /// <inheritdoc />
    public TextEdit this[int index]
    {
        get
        {
            if (_order is not null)
            {
                var place = _order[index];
                return _fixes[place.Fix][place.Index];
            }

            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            int fix = Array.BinarySearch(_firsts, index);
            fix = fix >= 0 ? LastFixStartingAt(fix) : ~fix - 1;
            return _fixes[fix][index - _firsts[fix]];
        }
    }

    /// <inheritdoc />
    public IEnumerator<TextEdit> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The last fix whose edits begin at <c>_firsts[fix]</c> (fixes without edits begin where the next does).</summary>
    private int LastFixStartingAt(int fix)
    {
        while (fix + 1 < _fixes.Length && _firsts[fix + 1] == _firsts[fix])
        {
            fix++;
        }

        return fix;
    }

    /// <summary>Where an edit is: its start, its fix and its place in the fix.</summary>
    private readonly record struct Place(int Start, int Fix, int Index);
}
