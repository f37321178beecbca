namespace ChannelConfig.Emitters.Kvm;

/// <summary>Renders argv elements as one POSIX shell command line that gives back exactly those elements.</summary>
/// <remarks>
/// A word made only of <c>A-Z a-z 0-9 _ . / = : , @ % + -</c> is written as it is (the first word
/// is quoted when it holds <c>=</c>, which the shell would read as an assignment); any other
/// word is put in single quotes, with each <c>'</c> written as <c>'\''</c>. Nothing inside single
/// quotes is special to the shell, so <c>$</c>, backticks, newlines and globs stay literal.
/// </remarks>
public static class ShellCommandLine
{
    /// <summary>Joins words with spaces, quoting each as needed.</summary>
    /// <param name="words">The argv elements, the program first.</param>
    /// <returns>The command line, without a newline.</returns>
    public static string Render(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = new StringWriter();
        Write(text, words);
        return text.ToString();
    }

    /// <summary>Writes the command line of <see cref="Render"/> to <paramref name="output"/>, a word at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="words">The words (the first is the program).</param>
    public static void Write(TextWriter output, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(words);
        bool first = true;
        foreach (string word in words)
        {
            ArgumentNullException.ThrowIfNull(word, nameof(words));
            if (!first)
            {
                output.Write(' ');
            }

            output.Write(IsPlain(word) && !(first && word.Contains('=', StringComparison.Ordinal)) ? word : Quote(word));
            first = false;
        }
    }

    /// <summary>Quotes one word in single quotes, whatever it holds.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word: <c>'…'</c>, with <c>'</c> written as <c>'\''</c>.</returns>
    public static string Quote(string word) => ShellQuoting.Quote(word);

    private static bool IsPlain(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '=' or ':' or ',' or '@' or '%' or '+' or '-');
}
