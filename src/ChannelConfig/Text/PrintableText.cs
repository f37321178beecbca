using System.Globalization;
using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// The one rule for text shown to people (terminals, CI logs, comments in generated files): no
/// character that can drive a terminal, break a line or reorder what is shown reaches the output.
/// Unsafe are the C0 and C1 controls and DEL (ESC, CSI U+009B, BEL, CR, LF, tab…), the line and
/// paragraph separators U+2028 and U+2029, the bidirectional controls of "Trojan source" attacks
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and lone surrogates (which stand for the
/// bytes of a file name that is not UTF-8, see <see cref="FileNameText"/>). They are written as
/// <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\xNN</c> (a C0 control, DEL, or a byte of a file name that is
/// not UTF-8) and <c>\uNNNN</c> (the others).
/// This is the one home of escaping for people; its variants are named members (<see cref="Of"/>
/// for a value in a message, <see cref="Text"/> for a composed message, <see cref="Path"/> and
/// <see cref="Field"/> for quoted names, <see cref="SourceLine"/> for a line under a caret,
/// <see cref="Describe"/> for naming one character). Text in another program's format is not
/// escaping for people and keeps its own home on purpose: <c>xenstore-ls</c>'s
/// <c>sanitise_value</c> (<c>XenstoreValueText.Sanitise</c>, byte for byte as Xen prints it: every
/// byte outside printable ASCII escaped) and shell quoting (<c>ShellQuoting</c>, which escapes what
/// this class calls unsafe in the shell's own syntax).
/// </summary>
internal static class PrintableText
{
    /// <summary>
    /// True for a character (a UTF-16 code unit) no output shown to people may hold raw. Surrogates are
    /// not judged here, one code unit at a time: a lone one is unsafe, a pair is not (see <see cref="IsUnsafeAt"/>).
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>True when it must be escaped.</returns>
    public static bool IsUnsafe(char c) => c switch
    {
        < ' ' or (>= '\x7f' and <= '\x9f') => true,
        < '\u061c' => false,
        '\u061c' or '\u200e' or '\u200f' or (>= '\u2028' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => true,
        _ => false,
    };

    /// <summary>True for a Unicode scalar value no output shown to people may hold raw (as <see cref="IsUnsafe(char)"/>).</summary>
    /// <param name="scalar">The scalar value.</param>
    /// <returns>True when it must be escaped.</returns>
    public static bool IsUnsafe(int scalar) => scalar is >= 0 and <= 0xFFFF && IsUnsafe((char)scalar);

    /// <summary>True when the character at <paramref name="index"/> is unsafe, a lone surrogate included (the low half of a pair is judged with its high half).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The position.</param>
    /// <returns>True when it must be escaped.</returns>
    public static bool IsUnsafeAt(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return !IsPairAt(text, index);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return IsUnsafe(c);
    }

    /// <summary>True when the text holds an unsafe character (a surrogate pair is safe; a lone surrogate is not).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when the text cannot be shown as it is.</returns>
    public static bool ContainsUnsafe(ReadOnlySpan<char> text) => IndexOfUnsafe(text) >= 0;

    /// <summary>Where the first unsafe character is (a surrogate pair is safe; a lone surrogate is not).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its index, or -1 when the text can be shown as it is.</returns>
    internal static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsPairAt(text, i))
            {
                i++;
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A value to be shown inside a message (between backquotes, say): unsafe characters escaped,
    /// and <c>\</c> written as <c>\\</c> so that the escapes cannot be mistaken for the value.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>Text with no unsafe character in it.</returns>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return !ContainsUnsafe(value) && !value.Contains('\\', StringComparison.Ordinal) ? value : Escape(value, escapeBackslash: true, quote: false);
    }

    /// <summary>
    /// Text already composed for people (a message, an error from the system): unsafe characters
    /// escaped, everything else, backslashes included, as it is. This is the last step before any
    /// message reaches a terminal or a log.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Text with no unsafe character in it.</returns>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ContainsUnsafe(text) ? Escape(text, escapeBackslash: false, quote: false) : text;
    }

    /// <summary>
    /// A file name for a message (<c>xlchan: PATH: no such file</c>, <c>PATH:LINE:COL:</c>): as it is
    /// when it is plain, otherwise in double quotes with C escapes, in the manner of git (which writes a byte as octal <c>\377</c>, not <c>\xff</c>)
    /// (<c>"c\xff\n::error::x.cfg"</c>). A name holding <c>"</c> or <c>\</c> is quoted too, so a
    /// quoted name can always be told from a plain one. Bytes that are not UTF-8 (carried as lone
    /// surrogates, see <see cref="FileNameText"/>) are shown as <c>\xNN</c>.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The path, quoted when it needs to be; never with an unsafe character.</returns>
    public static string Path(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NeedsQuotes(path, blanks: false) ? Escape(path, escapeBackslash: true, quote: true) : path;
    }

    /// <summary>
    /// A value in a column of a table (<c>channel list</c>): as <see cref="Path"/>, and also quoted when
    /// it is empty or holds a blank, so that every row has its columns and only them.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, quoted when it needs to be.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsQuotes(value, blanks: true) ? Escape(value, escapeBackslash: true, quote: true) : value;
    }

    /// <summary>
    /// A source line shown under a diagnostic: a tab becomes a space and any other unsafe character
    /// <c>?</c>, one character each, so that the caret under it still lines up.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <returns>The line, with no unsafe character in it.</returns>
    public static string SourceLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!ContainsUnsafe(line))
        {
            return line;
        }

        var chars = line.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (IsPairAt(chars, i))
            {
                i++;
            }
            else if (IsUnsafe(chars[i]) || char.IsSurrogate(chars[i]))
            {
                chars[i] = chars[i] == '\t' ? ' ' : '?';
            }
        }

        return new string(chars);
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
        < '\x80' => string.Create(CultureInfo.InvariantCulture, $"the control character 0x{(int)c:X2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"the control character U+{(int)c:X4}"),
    };

    /// <summary>Names the first unsafe character of <paramref name="text"/> for a message, as <see cref="Describe"/> does.</summary>
    /// <param name="text">The text, which holds an unsafe character (<see cref="ContainsUnsafe"/>).</param>
    /// <returns>Its description.</returns>
    internal static string DescribeFirstUnsafe(string text) => Describe(text[IndexOfUnsafe(text)]);

    /// <summary>True for C0 and C1 controls, DEL, and the Unicode line and paragraph separators: what XML, QEMU options and scripts cannot carry.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when the character is a control character.</returns>
    public static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>True when a surrogate pair (one character beyond U+FFFF, which is never unsafe) starts at <paramref name="index"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The position.</param>
    /// <returns>True for a high surrogate followed by a low one.</returns>
    internal static bool IsPairAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    private static bool NeedsQuotes(string text, bool blanks)
    {
        if (blanks && (text.Length == 0 || text.Contains(' ', StringComparison.Ordinal)))
        {
            return true;
        }

        return text.Contains('"', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || ContainsUnsafe(text);
    }

    private static string Escape(string text, bool escapeBackslash, bool quote)
    {
        var sb = new StringBuilder(text.Length + 16);
        if (quote)
        {
            sb.Append('"');
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsPairAt(text, i))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '\\' when escapeBackslash => sb.Append(@"\\"),
                '"' when quote => sb.Append("\\\""),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                < ' ' or '\x7f' => sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ when FileNameText.IsEscapedByte(c) => sb.Append(CultureInfo.InvariantCulture, $"\\x{FileNameText.EscapedByte(c):x2}"),
                _ when IsUnsafe(c) || char.IsSurrogate(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        if (quote)
        {
            sb.Append('"');
        }

        return sb.ToString();
    }
}
