namespace ChannelConfig.Emitters.Kvm;

/// <summary>Renders argv elements as one POSIX shell command line that gives back exactly those elements.</summary>
/// <remarks>
/// A word made only of <c>A-Z a-z 0-9 _ . / = : , @ % + -</c> is written as it is (the first word
/// is quoted when it holds <c>=</c>, which the shell would read as an assignment); any other
/// word is put in single quotes, with each <c>'</c> written as <c>'\''</c>. Nothing inside single
/// quotes is special to the shell, so <c>$</c>, backticks, newlines and globs stay literal.
/// </remarks>
internal static class ShellCommandLine
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

            output.Write(ShellQuoting.IsPlainWord(word) && !(first && word.Contains('=', StringComparison.Ordinal)) ? word : ShellQuoting.Quote(word));
            first = false;
        }
    }

    /// <summary>
    /// Arguments laid out one option a line: each option (<c>-chardev</c>, <c>-device</c>) with its
    /// value, the lines joined by <c> \</c> continuations, so that the text pastes into a shell after
    /// a <c>qemu-system-x86_64 \</c> line and diffs line by line. Each word is quoted with
    /// <see cref="ShellQuoting.QuoteOnOneLine"/>, so no line holds more than one option.
    /// </summary>
    /// <param name="arguments">The arguments, options and their values in pairs (as the QEMU emitters give them).</param>
    /// <returns>The lines, each ending in a newline; empty when there is no argument.</returns>
    public static string RenderOptionLines(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = new StringWriter();
        WriteOptionLines(text, arguments);
        return text.ToString();
    }

    /// <summary>Writes the lines of <see cref="RenderOptionLines"/> to <paramref name="output"/>, an option at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="arguments">The arguments, options and their values in pairs.</param>
    public static void WriteOptionLines(TextWriter output, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(arguments);
        int n = 0;
        foreach (string word in arguments)
        {
            ArgumentNullException.ThrowIfNull(word, nameof(arguments));
            if (n > 0)
            {
                output.Write(n % 2 == 0 ? " \\\n" : " ");
            }

            output.Write(ShellQuoting.QuoteOnOneLine(word));
            n++;
        }

        if (n > 0)
        {
            output.Write('\n');
        }
    }
}
