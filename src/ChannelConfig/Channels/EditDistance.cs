namespace ChannelConfig.Channels;

/// <summary>Levenshtein distance with an early bound, to suggest a key for a misspelt one.</summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> can be turned into <paramref name="b"/> with at most <paramref name="limit"/> single-character edits.</summary>
    public static bool AtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > 64 || b.Length > 64)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>The candidate closest to <paramref name="input"/> within <paramref name="limit"/> edits (case-insensitive), or null; the first of equals wins.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates, int limit = 2)
    {
        string? best = null;
        string upper = input.ToUpperInvariant();
        for (int d = 0; d <= limit && best is null; d++)
        {
            best = candidates.FirstOrDefault(c => AtMost(upper, c.ToUpperInvariant(), d));
        }

        return best;
    }
}
