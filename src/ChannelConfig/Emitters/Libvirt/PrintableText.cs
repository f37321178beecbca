using System.Globalization;
using System.Text;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>
/// Values shown to people (in messages and in comments of generated files): control characters are
/// written as C escapes, so that a hostile value can neither break a line nor hide what it holds.
/// </summary>
internal static class PrintableText
{
    /// <summary>Returns the value with <c>\</c>, control characters and line separators written as escapes.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Text with no control character in it.</returns>
    public static string Of(string value)
    {
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => sb.Append(@"\\"),
                '\t' => sb.Append(@"\t"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                _ when IsControl(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>Names a control character for a message: <c>a tab</c>, <c>a newline</c>, <c>the control character 0x1B</c>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Its description.</returns>
    public static string Describe(char c) => c switch
    {
        '\t' => "a tab",
        '\n' => "a newline",
        '\r' => "a carriage return",
        '\0' => "a NUL",
        _ => string.Create(CultureInfo.InvariantCulture, $"the control character 0x{(int)c:X2}"),
    };

    /// <summary>True for C0 and C1 controls, DEL, and the Unicode line and paragraph separators.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when the character is a control character.</returns>
    public static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static bool NeedsEscape(char c) => c == '\\' || IsControl(c);
}
