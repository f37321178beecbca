using System.Globalization;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>One node as <c>xenstore-ls -f -p</c> printed it: path, value bytes, permissions, and the line itself.</summary>
internal sealed record ListedNode(string Path, byte[] Value, string Permissions, string Line);

/// <summary>
/// Reads the output of <c>xenstore-ls -f -p</c> (Xen 4.17): <c>PATH = "VALUE"   (PERMS)</c> a line,
/// the value escaped by libxenstore's <c>sanitise_value</c> (<c>\t \n \r \\</c>, <c>\NNN</c> octal below
/// 8, <c>\xNN</c> for other bytes outside printable ASCII; <c>"</c> is not escaped).
/// </summary>
internal static class XenstoreListing
{
    private const string ValueStart = " = \"";
    private const string PermissionsStart = "\"   (";

    public static IReadOnlyList<ListedNode> Parse(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLine)];

    public static ListedNode ParseLine(string line)
    {
        int valueStart = line.IndexOf(ValueStart, StringComparison.Ordinal);
        int permissionsStart = line.LastIndexOf(PermissionsStart, StringComparison.Ordinal);
        if (valueStart < 0 || permissionsStart < valueStart || !line.EndsWith(')'))
        {
            throw new FormatException($"not a xenstore-ls -f -p line: {line}");
        }

        string escaped = line[(valueStart + ValueStart.Length)..permissionsStart];
        string permissions = line[(permissionsStart + PermissionsStart.Length)..^1];
        return new ListedNode(line[..valueStart], Unsanitise(escaped), permissions, line);
    }

    /// <summary>
    /// Permissions (<c>n0,r1</c>) as xenstore-ls prints them: libxenstore's <c>xs_perm_to_string</c>
    /// formats each domid with <c>%i</c> into 10 characters after the letter, so 4294967295 shows as <c>-1</c> and
    /// 2147483648 as <c>-214748364</c> (the store holds the right unsigned domid).
    /// </summary>
    public static string AsListed(string permissions) => string.Join(',', permissions.Split(',').Select(p =>
    {
        string shown = p[0] + unchecked((int)uint.Parse(p.AsSpan(1), CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        return shown.Length > 11 ? shown[..11] : shown;
    }));

    /// <summary>libxenstore's <c>unsanitise_value</c>, which undoes <c>sanitise_value</c>.</summary>
    public static byte[] Unsanitise(string escaped)
    {
        byte[] input = Encoding.Latin1.GetBytes(escaped);
        var output = new List<byte>(input.Length);
        for (int i = 0; i < input.Length; i++)
        {
            byte c = input[i];
            if (c != '\\' || i + 1 == input.Length)
            {
                output.Add(c);
                continue;
            }

            byte next = input[++i];
            switch ((char)next)
            {
                case 't': output.Add((byte)'\t'); break;
                case 'n': output.Add((byte)'\n'); break;
                case 'r': output.Add((byte)'\r'); break;
                case 'x':
                    output.Add(byte.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case >= '0' and <= '7':
                    output.Add((byte)Convert.ToInt32(escaped.Substring(i, 3), 8));
                    i += 2;
                    break;
                default: output.Add(next); break;
            }
        }

        return [.. output];
    }
}
