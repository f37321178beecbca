using System.Text;

namespace ChannelConfig.Import;

/// <summary>
/// Writes a string for xl.cfg. Values libvirt can write correctly are written as its
/// <c>virConfWriteMem</c> writes them (<c>"…"</c>, or <c>'…'</c> when the value holds <c>"</c>),
/// so the output matches libvirt's byte for byte; the others, which libvirt writes so that xl
/// misreads them (a backslash, a newline, both quotes), get xl's escapes.
/// </summary>
internal static class XlStringLiteral
{
    /// <summary>Quotes a value so that xl's string decoder gives it back unchanged.</summary>
    /// <param name="value">The value (must not contain NUL, which xl cannot hold).</param>
    /// <returns>The quoted string.</returns>
    public static string Quote(string value)
    {
        if (!value.Any(NeedsEscape))
        {
            if (!value.Contains('"', StringComparison.Ordinal))
            {
                return "\"" + value + "\"";
            }

            if (!value.Contains('\'', StringComparison.Ordinal))
            {
                return "'" + value + "'";
            }
        }

        var sb = new StringBuilder(value.Length + 8).Append('"');
        foreach (char c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append(@"\\"),
                '\a' => sb.Append(@"\a"),
                '\b' => sb.Append(@"\b"),
                '\f' => sb.Append(@"\f"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                '\v' => sb.Append(@"\v"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Characters that must be escaped (xl has no octal or hex escape that works, so other control characters stay raw, which xl accepts inside a string).</summary>
    private static bool NeedsEscape(char c) => c is '\\' or '\a' or '\b' or '\f' or '\n' or '\r' or '\t' or '\v';
}
