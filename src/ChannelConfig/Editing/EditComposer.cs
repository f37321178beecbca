using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// Composes successive rounds of edits (each against the text the round before made) into one set
/// of edits against the original, each covering only the bytes that changed there, so that a fix
/// of several rounds shows as small hunks rather than one replacement of everything between the
/// first and the last change. Keeps four numbers per changed region, never a copy of the text.
/// </summary>
internal sealed class EditComposer
{
    /// <summary>Changed regions, in order: original bytes [OrigStart, OrigEnd) are now current bytes [CurStart, CurEnd).</summary>
    private List<Region> _regions = [];

    /// <summary>Adds a round of edits, ordered and disjoint, made against the current text.</summary>
    public void Add(IReadOnlyList<TextEdit> edits)
    {
        var merged = new List<Region>();
        int r = 0;
        int e = 0;
        long originalMinusCurrent = 0; // original offset minus current offset, outside regions seen so far
        long shift = 0; // what this round's edits before the point add to current offsets
        while (r < _regions.Count || e < edits.Count)
        {
            // The next interval, in current coordinates, starts with whichever comes first.
            bool regionFirst = e == edits.Count || (r < _regions.Count && _regions[r].CurStart <= edits[e].Span.Start.Offset);
            int start = regionFirst ? _regions[r].CurStart : edits[e].Span.Start.Offset;
            int end = start;
            long startShift = shift;
            long startDelta = originalMinusCurrent;

            // Take in every region and edit that overlaps or touches the interval.
            while (true)
            {
                if (r < _regions.Count && _regions[r].CurStart <= end)
                {
                    end = Math.Max(end, _regions[r].CurEnd);
                    originalMinusCurrent += (_regions[r].OrigEnd - _regions[r].OrigStart) - (_regions[r].CurEnd - _regions[r].CurStart);
                    r++;
                }
                else if (e < edits.Count && edits[e].Span.Start.Offset <= end)
                {
                    end = Math.Max(end, edits[e].Span.End.Offset);
                    shift += System.Text.Encoding.UTF8.GetByteCount(edits[e].NewText) - (edits[e].Span.End.Offset - edits[e].Span.Start.Offset);
                    e++;
                }
                else
                {
                    break;
                }
            }

            merged.Add(new Region(
                checked((int)(start + startDelta)),
                checked((int)(end + originalMinusCurrent)),
                checked((int)(start + startShift)),
                checked((int)(end + shift))));
        }

        _regions = merged;
    }

    /// <summary>The composed edits against <paramref name="original"/>, with their new text taken from <paramref name="final"/>.</summary>
    public List<TextEdit> Edits(SourceText original, ReadOnlySpan<byte> final)
    {
        var edits = new List<TextEdit>(_regions.Count);
        var before = original.Bytes.Span;
        foreach (var region in _regions)
        {
            var replaced = before[region.OrigStart..region.OrigEnd];
            var replacement = final[region.CurStart..region.CurEnd];
            if (!replaced.SequenceEqual(replacement))
            {
                edits.Add(new TextEdit(original.GetSpan(region.OrigStart, region.OrigEnd), ByteText.Decode(replacement)));
            }
        }

        return edits;
    }

    private readonly record struct Region(int OrigStart, int OrigEnd, int CurStart, int CurEnd);
}
