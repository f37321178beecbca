namespace ChannelConfig.Tests.Support;

/// <summary>
/// Splits a QEMU option string as QEMU's <c>qemu_opts_parse</c> does: fields are separated by a
/// single <c>,</c>; in a value, <c>,,</c> is one literal comma; a key runs to the first <c>=</c> or
/// <c>,</c>; a field without <c>=</c> is a bare flag, or the implied first key (such as the backend
/// <c>socket</c> in <c>-chardev socket,…</c>), and has a null value.
/// </summary>
internal static class QemuOptionSplitter
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Split(string option)
    {
        var fields = new List<KeyValuePair<string, string?>>();
        int i = 0;
        while (i <= option.Length)
        {
            int nameEnd = i;
            while (nameEnd < option.Length && option[nameEnd] is not ('=' or ','))
            {
                nameEnd++;
            }

            string key = option[i..nameEnd];
            if (nameEnd == option.Length || option[nameEnd] == ',')
            {
                fields.Add(new(key, null));
                i = nameEnd + 1;
                continue;
            }

            var value = new System.Text.StringBuilder();
            int p = nameEnd + 1;
            while (p < option.Length)
            {
                if (option[p] == ',')
                {
                    if (p + 1 < option.Length && option[p + 1] == ',')
                    {
                        value.Append(',');
                        p += 2;
                        continue;
                    }

                    break;
                }

                value.Append(option[p++]);
            }

            fields.Add(new(key, value.ToString()));
            i = p + 1;
        }

        return fields;
    }

    /// <summary>The value of the one field named <paramref name="key"/> (null for a bare word); fails unless there is exactly one.</summary>
    public static string? Value(string option, string key) =>
        Split(option).Single(f => f.Key == key).Value;
}
