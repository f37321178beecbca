using System.Text;

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
        var sb = new StringBuilder();
        foreach (string word in words)
        {
            ArgumentNullException.ThrowIfNull(word, nameof(words));
            bool first = sb.Length == 0;
            if (!first)
            {
                sb.Append(' ');
            }

            sb.Append(IsPlain(word) && !(first && word.Contains('=', StringComparison.Ordinal)) ? word : Quote(word));
        }

        return sb.ToString();
    }

    /// <summary>Quotes one word in single quotes, whatever it holds.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word: <c>'…'</c>, with <c>'</c> written as <c>'\''</c>.</returns>
    public static string Quote(string word) => ShellQuoting.Quote(word);

    private static bool IsPlain(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '=' or ':' or ',' or '@' or '%' or '+' or '-');
}
