namespace ChannelConfig.Tests.Emitters;

/// <summary>
/// Splits a QEMU option string the way QEMU's option parser does: fields are separated by a single
/// <c>,</c>; <c>,,</c> is a literal comma; a field is <c>key=value</c> (split at the first <c>=</c>),
/// or a bare word (the implied first key, such as <c>socket</c> in <c>-chardev socket,…</c>).
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

    public static string? Value(string option, string key) =>
        Split(option).Single(f => f.Key == key).Value;
}
