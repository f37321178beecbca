using System.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// Splits a QEMU option string as QEMU's <c>qemu_opts_parse</c> does: options are separated by a
/// single <c>,</c>; in a value, <c>,,</c> is one literal comma; a name runs to the first <c>=</c>
/// or <c>,</c>; an option without <c>=</c> is a bare flag, or the implied first option (such as
/// the backend in <c>-chardev socket,…</c>).
/// </summary>
internal static class QemuOptionParser
{
    public static List<(string Name, string? Value)> Parse(string text)
    {
        var options = new List<(string, string?)>();
        int i = 0;
        while (i <= text.Length)
        {
            int nameEnd = i;
            while (nameEnd < text.Length && text[nameEnd] is not ('=' or ','))
            {
                nameEnd++;
            }

            string name = text[i..nameEnd];
            if (nameEnd == text.Length || text[nameEnd] == ',')
            {
                options.Add((name, null));
                i = nameEnd + 1;
                continue;
            }

            var value = new StringBuilder();
            int p = nameEnd + 1;
            for (; p < text.Length; p++)
            {
                if (text[p] == ',')
                {
                    if (p + 1 < text.Length && text[p + 1] == ',')
                    {
                        value.Append(',');
                        p++;
                        continue;
                    }

                    break;
                }

                value.Append(text[p]);
            }

            options.Add((name, value.ToString()));
            i = p + 1;
        }

        return options;
    }
}
