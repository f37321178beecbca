using System.CommandLine;
using System.CommandLine.Parsing;
using ChannelConfig.Channels;

namespace ChannelConfig.Cli;

/// <summary>
/// Mistakes System.CommandLine lets through or words vaguely: an unknown command, and an unknown
/// option that would otherwise be taken for a file name (<c>xlchan lint --werorr vm.cfg</c>). Both
/// are usage errors with the nearest name. <c>--</c> ends the options, for file names that start
/// with <c>-</c>.
/// </summary>
internal static class CommandLineChecks
{
    /// <summary>What is wrong with the command line, or null.</summary>
    /// <param name="root">The root command.</param>
    /// <param name="parse">The parse of <paramref name="args"/>.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>A one-line message, or null.</returns>
    public static string? Check(RootCommand root, ParseResult parse, IReadOnlyList<string> args)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (args.Count > 0 && !args[0].StartsWith('-') && !root.Subcommands.Any(c => c.Name == args[0] || c.Aliases.Contains(args[0])))
        {
            string? near = EditDistance.Closest(args[0], commands, limit: Math.Max(1, args[0].Length / 3));
            string suggestion = near is null ? string.Empty : $" (did you mean `{near}`?)";
            return $"unknown command `{args[0]}`{suggestion}: the commands are {string.Join(", ", commands)} (see 'xlchan --help')";
        }

        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value))
            {
                var command = parse.CommandResult.Command;
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToList();
                string name = token.Value.Split('=', 2)[0];
                string where = command == root ? "xlchan" : $"xlchan {command.Name}";
                return $"unknown option `{name}` for {where}{Suggestion(name, names)} (see '{where} --help'; write -- before a file name that starts with -)";
            }
        }

        return null;
    }

    /// <summary>A token starting with <c>-</c> that is neither <c>-</c> (standard input) nor a negative number.</summary>
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !(char.IsAsciiDigit(value[1]) || value[1] == '.');

    private static string Suggestion(string word, IReadOnlyList<string> candidates)
    {
        string? near = candidates.FirstOrDefault(c => c.Length > word.Length && c.StartsWith(word, StringComparison.Ordinal) && word.Length >= 4)
            ?? (word.Length < 4 ? null : EditDistance.Closest(word, candidates, limit: Math.Min(3, word.Length / 3)));
        return near is null ? string.Empty : $" (did you mean `{near}`?)";
    }
}
