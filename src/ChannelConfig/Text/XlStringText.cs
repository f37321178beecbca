using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// The one home for text that xl reads back: how a value is written inside an xl.cfg string
/// (xl's string decoder knows <c>\\</c>, the quote, and <c>\a \b \f \n \r \t \v</c>; its octal and
/// hex escapes do not work, so other control characters can only be written raw), and what xl's
/// channel-spec reading does to a field value (it splits at every <c>,</c>, trims C blanks, and
/// before Xen 4.18 cuts the value at a second <c>=</c>). The messages built on these rules stay
/// with their callers (<c>ChannelSpecText.Problem</c> refuses an edit; <c>XlChannelValueChecks</c>
/// warns about imported libvirt values).
/// </summary>
internal static class XlStringText
{
    /// <summary>
    /// Escapes text for the inside of an xl string quoted with <paramref name="quote"/>: <c>\</c>
    /// and the quote get a backslash, the seven controls with a C escape get it, everything else
    /// is written as it is.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="quote"><c>"</c> or <c>'</c>.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeForString(string text, char quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c == '\\' || c == quote)
            {
                sb.Append('\\').Append(c);
            }
            else if (Escape(c) is string escape)
            {
                sb.Append(escape);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Quotes a value so that xl's string decoder gives it back unchanged. Values libvirt can write
    /// correctly are written as its <c>virConfWriteMem</c> writes them (<c>"…"</c>, or <c>'…'</c>
    /// when the value holds <c>"</c>), so the output matches libvirt's byte for byte; the others,
    /// which libvirt writes so that xl misreads them (a backslash, a newline, both quotes), get
    /// xl's escapes inside <c>"…"</c>.
    /// </summary>
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

        return "\"" + EscapeForString(value, '"') + "\"";
    }

    /// <summary>True for a control character (C0 or DEL) that xl has no working escape for: inside a string it can only be written raw.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when no escape writes it.</returns>
    public static bool HasNoEscape(char c) => (c < ' ' || c == '\x7f') && Escape(c) is null;

    /// <summary>True when a channel-spec field value starts or ends with a C blank, which xl trims away.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when xl would read a shorter value.</returns>
    public static bool HasEdgeBlank(string value) => value.Length > 0 && (IsCSpace(value[0]) || IsCSpace(value[^1]));

    /// <summary>A channel-spec field value as xl reads it: without the C blanks at its ends (see <see cref="HasEdgeBlank"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The trimmed value.</returns>
    public static string TrimEdgeBlanks(string value)
    {
        int start = 0;
        int end = value.Length;
        while (start < end && IsCSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsCSpace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>True when a channel-spec field value holds <c>,</c>, which xl always reads as the end of the field (there is no escape for it).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when xl would split the value.</returns>
    public static bool HasFieldSeparator(string value) => value.Contains(',', StringComparison.Ordinal);

    /// <summary>True when a channel-spec field value holds <c>=</c>, which xl before 4.18 cuts the value at.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when older xl would cut the value.</returns>
    public static bool HasEquals(string value) => value.Contains('=', StringComparison.Ordinal);


    /// <summary>The C escape xl's string decoder turns back into <paramref name="c"/>, or null.</summary>
    private static string? Escape(char c) => c switch
    {
        '\a' => "\\a",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\v' => "\\v",
        _ => null,
    };

    /// <summary>Characters that must be escaped (other control characters stay raw, which xl accepts inside a string).</summary>
    private static bool NeedsEscape(char c) => c == '\\' || Escape(c) is not null;

    /// <summary>C <c>isspace</c>, which xl trims with.</summary>
    private static bool IsCSpace(char c) => c is ' ' or (>= '\t' and <= '\r');
}
