using System.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// A tiny interpreter for the xenstore script: splits it into commands and words the way a POSIX
/// shell does for the only quoting the script may use (single quotes, <c>'\''</c> for a quote, and
/// <c>"$(printf '\ooo…')"</c> for the bytes of characters that may not appear raw), and refuses
/// a raw control or bidirectional character anywhere, and any character outside quotes that would make the shell do more than run a command
/// with fixed words (expansions, substitutions, globs, redirections, separators).
/// </summary>
internal static class ShellScriptInterpreter
{
    /// <summary>The one fixed suffix the script may write unquoted, after <c>xenstore-rm</c>.</summary>
    private const string IgnoreFailure = "2>/dev/null || :";

    /// <summary>Characters that are safe outside quotes: they never expand, split or redirect.</summary>
    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ',' or ':' or '=' or '+' or '@' or '%';

    /// <summary>Reads the script and returns each command's words (comments and the shebang dropped).</summary>
    public static List<string[]> Commands(string script)
    {
        Assert.DoesNotContain(script, ch => ch != '\n' && ChannelConfig.Text.PrintableText.IsUnsafe(ch));
        var commands = new List<string[]>();
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        int i = 0;
        while (i < script.Length)
        {
            char c = script[i];
            if (c == '\'')
            {
                int close = script.IndexOf('\'', i + 1);
                Assert.True(close > i, "unterminated single quote");
                word.Append(script, i + 1, close - i - 1);
                inWord = true;
                i = close + 1;
            }
            else if (c == '"')
            {
                // "$(printf '\ooo...')": the bytes, less the trailing newlines command substitution drops.
                const string Open = "\"$(printf '";
                Assert.True(script.AsSpan(i).StartsWith(Open), $"double quote at offset {i} that is not a printf of octal bytes");
                int close = script.IndexOf("')\"", i, StringComparison.Ordinal);
                Assert.True(close > i, "unterminated printf");
                string octal = script[(i + Open.Length)..close];
                Assert.Matches(@"^(\\[0-7]{3})+$", octal);
                byte[] bytes = [.. Enumerable.Range(0, octal.Length / 4).Select(k => Convert.ToByte(octal.Substring((k * 4) + 1, 3), 8))];
                word.Append(Encoding.UTF8.GetString(bytes).TrimEnd('\n'));
                inWord = true;
                i = close + 3;
            }
            else if (c == '\\' && i + 1 < script.Length && script[i + 1] == '\'')
            {
                word.Append('\'');
                inWord = true;
                i += 2;
            }
            else if (c == '#' && !inWord)
            {
                i = script.IndexOf('\n', i) is int nl && nl >= 0 ? nl : script.Length;
            }
            else if (c is ' ' or '\n')
            {
                EndWord(words, word, ref inWord);
                if (c == '\n' && words.Count > 0)
                {
                    commands.Add([.. words]);
                    words.Clear();
                }

                i++;
            }
            else if (!inWord && script.AsSpan(i).StartsWith(IgnoreFailure) && words.Count > 0 && words[0] == "xenstore-rm")
            {
                words.Add(IgnoreFailure);
                i += IgnoreFailure.Length;
            }
            else
            {
                Assert.True(IsPlain(c), $"unquoted `{c}` (U+{(int)c:X4}) at offset {i}: the shell would treat it specially");
                word.Append(c);
                inWord = true;
                i++;
            }
        }

        EndWord(words, word, ref inWord);
        if (words.Count > 0)
        {
            commands.Add([.. words]);
        }

        return commands;
    }

    /// <summary>Runs the script's commands on a model of xenstore: the writes in order, and the permissions set.</summary>
    public static (List<(string Path, string Value)> Writes, Dictionary<string, string> Permissions) Run(string script)
    {
        var writes = new List<(string, string)>();
        var permissions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var words in Commands(script))
        {
            switch (words[0])
            {
                case "set" when words is ["set", "-e"]:
                    break;
                case "xenstore-rm":
                    Assert.Equal(3, words.Length);
                    Assert.Equal(IgnoreFailure, words[2]);
                    break;
                case "xenstore-write" when words.Length == 4:
                    // -- ends the options before a value that starts with -.
                    Assert.Equal("--", words[1]);
                    Assert.StartsWith("-", words[3], StringComparison.Ordinal);
                    writes.Add((words[2], words[3]));
                    break;
                case "xenstore-write":
                    Assert.Equal(3, words.Length);
                    Assert.False(words[2].StartsWith('-'), "a value that starts with - needs -- before it");
                    writes.Add((words[1], words[2]));
                    break;
                case "xenstore-chmod":
                    Assert.True(words.Length >= 3, "xenstore-chmod needs a path and permissions");
                    permissions[words[1]] = string.Join(',', words[2..]);
                    break;
                default:
                    Assert.Fail($"unexpected command `{words[0]}`");
                    break;
            }
        }

        return (writes, permissions);
    }

    private static void EndWord(List<string> words, StringBuilder word, ref bool inWord)
    {
        if (inWord)
        {
            words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }
    }
}
