using System.Globalization;
using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters;

/// <summary>
/// Quoting for POSIX shells, shared by every emitter that writes shell text. No quoted word holds a
/// character the printable-text rule (<see cref="PrintableText"/>) calls unsafe (ESC, CSI, BEL, CR,
/// a bidirectional control…), except a newline at the very end of a word in <see cref="Quote"/>:
/// such characters are written as escapes that the shell turns back into the exact bytes.
/// </summary>
internal static class ShellQuoting
{
    /// <summary>
    /// Quotes a word for any POSIX shell (dash, bash, busybox ash): single quotes, with each <c>'</c>
    /// written as <c>'\''</c>; nothing inside is interpreted. Unsafe characters are not written raw
    /// but as <c>"$(printf '\033')"</c> (the octal bytes of their UTF-8 form), which the shell
    /// expands to the same bytes; <c>$'…'</c> is not used because dash, Debian's <c>/bin/sh</c>,
    /// does not know it. Newlines at the very end of a word stay inside the single quotes, as
    /// command substitution would drop them; they cannot carry a forged line.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word.</returns>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int end = word.Length;
        while (end > 0 && word[end - 1] == '\n')
        {
            end--;
        }

        if (!PrintableText.ContainsUnsafe(word.AsSpan(0, end)))
        {
            return SingleQuoted(word);
        }

        var sb = new StringBuilder(word.Length + 32);
        int i = 0;
        while (i < end)
        {
            int start = i;
            bool unsafeRun = IsUnsafeAt(word, i);
            while (i < end && IsUnsafeAt(word, i) == unsafeRun)
            {
                i += PrintableText.IsPairAt(word, i) ? 2 : 1;
            }

            if (unsafeRun)
            {
                // Command substitution drops the newlines its output ends with: a run ending in a
                // newline takes the next character along (the word's own last character is never one).
                while (word[i - 1] == '\n')
                {
                    i += PrintableText.IsPairAt(word, i) ? 2 : 1;
                }

                sb.Append("\"$(printf '");
                AppendBytes(sb, word.AsSpan(start, i - start), octal: true);
                sb.Append("')\"");
            }
            else
            {
                sb.Append(SingleQuoted(word[start..i]));
            }
        }

        if (end < word.Length)
        {
            sb.Append(SingleQuoted(word[end..]));
        }

        return sb.ToString();
    }

    /// <summary>
    /// A word on one line that a shell reads back exactly: plain words as they are, others in
    /// single quotes, and words with unsafe characters (a newline, an escape, a bidirectional
    /// control) in <c>$'…'</c> quoting with <c>\n</c>, <c>\t</c>, <c>\r</c> and <c>\xNN</c> escapes
    /// (the bytes of the character's UTF-8 form), so that no output line can hold more than one
    /// word. <c>$'…'</c> is bash, zsh, ksh and busybox syntax (and POSIX since 2024), not dash's.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word, without any unsafe character.</returns>
    public static string QuoteOnOneLine(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsPlainWord(word))
        {
            return word;
        }

        if (!PrintableText.ContainsUnsafe(word))
        {
            return SingleQuoted(word);
        }

        var sb = new StringBuilder("$'");
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (PrintableText.IsPairAt(word, i))
            {
                sb.Append(c).Append(word[++i]);
                continue;
            }

            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '\'' => sb.Append("\\'"),
                '\n' => sb.Append("\\n"),
                '\t' => sb.Append("\\t"),
                '\r' => sb.Append("\\r"),
                _ when PrintableText.IsUnsafe(c) || char.IsSurrogate(c) => AppendBytes(sb, word.AsSpan(i, 1), octal: false),
                _ => sb.Append(c),
            };
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>
    /// True for a word a shell reads as it is, unquoted: one or more of <c>A-Z a-z 0-9 _ . / = : , @ % + -</c>
    /// (as the first word of a command, a word with <c>=</c> would be read as an assignment).
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>True when the word needs no quotes.</returns>
    internal static bool IsPlainWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '=' or ':' or ',' or '@' or '%' or '+' or '-');

    private static string SingleQuoted(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool IsUnsafeAt(string word, int i) => PrintableText.IsUnsafeAt(word, i);

    /// <summary>Appends the bytes of unsafe characters, each in the given escape (<c>\\ooo</c> for printf, <c>\\xNN</c> for <c>$'…'</c>).</summary>
    private static StringBuilder AppendBytes(StringBuilder sb, ReadOnlySpan<char> chars, bool octal)
    {
        foreach (byte b in FileNameText.Encode(chars.ToString()))
        {
            string digits = octal ? Convert.ToString(b, 8).PadLeft(3, '0') : "x" + b.ToString("x2", CultureInfo.InvariantCulture);
            sb.Append('\\').Append(digits);
        }

        return sb;
    }
}
