namespace ChannelConfig.Emitters;

/// <summary>Quoting for POSIX shells, shared by every emitter that writes shell text.</summary>
public static class ShellQuoting
{
    /// <summary>Quotes a word: single quotes, with each <c>'</c> written as <c>'\''</c>; nothing inside is interpreted.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word.</returns>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>
    /// A word on one line that a shell reads back exactly: plain words as they are, others in
    /// single quotes, and words with control characters (a newline, an escape) in <c>$'…'</c>
    /// quoting with backslash escapes, so that no output line can hold more than one word.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word, without any control character.</returns>
    public static string QuoteOnOneLine(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '=' or ':' or ',' or '@' or '%' or '+' or '-'))
        {
            return word;
        }

        if (!word.Any(c => c < ' ' || c == '\x7f'))
        {
            return Quote(word);
        }

        var sb = new System.Text.StringBuilder("$'");
        foreach (char c in word)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '\'' => sb.Append("\\'"),
                '\n' => sb.Append("\\n"),
                '\t' => sb.Append("\\t"),
                '\r' => sb.Append("\\r"),
                < ' ' or '\x7f' => sb.Append($"\\x{(int)c:x2}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('\'').ToString();
    }
}
