using ChannelConfig.Syntax;

namespace ChannelConfig.Channels;

/// <summary>
/// xl's split of one channel item into fields (<c>parse_config_data</c>, xl_parse.c): split on
/// <c>,</c> with <c>strtok</c> (empty fields vanish), split each field at its first <c>=</c>
/// (before 4.18: <c>strtok</c> on <c>=</c>), and trim both sides with C <c>isspace</c>.
/// </summary>
/// <remarks>Works on offsets only, so reading a channel makes no object for a field it does not need.</remarks>
internal static class ChannelItemSplitter
{
    /// <summary>The next field from <paramref name="next"/> on; <paramref name="next"/> moves past it.</summary>
    /// <param name="item">The item's decoded bytes.</param>
    /// <param name="splitsAtNextEquals">Whether the value stops at the next <c>=</c> (<see cref="XenVersion.SplitsValueAtNextEquals"/>).</param>
    /// <param name="next">Where to go on from (0 at first).</param>
    /// <param name="field">The field.</param>
    /// <returns>False when there are no more fields.</returns>
    public static bool Next(ReadOnlySpan<byte> item, bool splitsAtNextEquals, ref int next, out ChannelFieldBounds field)
    {
        if (!NextField(item, ref next, out int start, out int end))
        {
            field = default;
            return false;
        }

        var pair = item[start..end];
        if (!TrySplitPair(pair, splitsAtNextEquals, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd))
        {
            field = new ChannelFieldBounds(start, end, false, start, start, end, end);
            return true;
        }

        Trim(pair, ref keyStart, ref keyEnd);
        Trim(pair, ref valueStart, ref valueEnd);
        field = new ChannelFieldBounds(start, end, true, start + keyStart, start + keyEnd, start + valueStart, start + valueEnd);
        return true;
    }

    /// <summary>
    /// <c>strtok_r(buf, ",")</c>: the next non-empty run between commas, from <paramref name="next"/>
    /// on; <paramref name="next"/> moves past it.
    /// </summary>
    private static bool NextField(ReadOnlySpan<byte> bytes, ref int next, out int start, out int end)
    {
        int i = next;
        while (i < bytes.Length && bytes[i] == (byte)',')
        {
            i++;
        }

        if (i >= bytes.Length)
        {
            start = end = next = bytes.Length;
            return false;
        }

        int comma = bytes[i..].IndexOf((byte)',');
        start = i;
        end = next = comma < 0 ? bytes.Length : i + comma;
        return true;
    }

    /// <summary>
    /// <c>split_string_into_pair(pair, "=", …)</c>: since 4.18 at the first <c>=</c>, with
    /// something after it; before, <c>strtok</c>'s first two <c>=</c>-separated tokens.
    /// </summary>
    private static bool TrySplitPair(ReadOnlySpan<byte> pair, bool splitsAtNextEquals, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd)
    {
        keyStart = keyEnd = valueStart = valueEnd = 0;
        if (!splitsAtNextEquals)
        {
            int eq = pair.IndexOf((byte)'=');
            if (eq < 0 || eq == pair.Length - 1)
            {
                return false;
            }

            keyEnd = eq;
            valueStart = eq + 1;
            valueEnd = pair.Length;
            return true;
        }

        int k = 0;
        while (k < pair.Length && pair[k] == (byte)'=')
        {
            k++;
        }

        if (k == pair.Length)
        {
            return false;
        }

        int ke = pair[k..].IndexOf((byte)'=');
        if (ke < 0)
        {
            return false;
        }

        ke += k;
        int v = ke;
        while (v < pair.Length && pair[v] == (byte)'=')
        {
            v++;
        }

        if (v == pair.Length)
        {
            return false;
        }

        int ve = pair[v..].IndexOf((byte)'=');
        (keyStart, keyEnd, valueStart, valueEnd) = (k, ke, v, ve < 0 ? pair.Length : v + ve);
        return true;
    }

    private static void Trim(ReadOnlySpan<byte> text, ref int start, ref int end)
    {
        while (start < end && CharClass.IsCSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsCSpace(text[end - 1]))
        {
            end--;
        }
    }
}
