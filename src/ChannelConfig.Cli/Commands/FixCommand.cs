using System.CommandLine;
using ChannelConfig.Editing;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan fix FILE...</c>: apply every fix the lint rules offer; a diff by default, <c>--in-place</c> to write.</summary>
internal static class FixCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to fix." };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Write the files (atomically) instead of printing a diff." };
        var force = new Option<bool>("--force") { Description = "With --in-place: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("fix", "Apply the fixes lint offers (connection=PTY to pty, type= to connection=, channel = \"...\" to a list, misspelt keys). Prints a unified diff unless --in-place.") { files, inPlace, force };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            int exit = ExitCodes.Clean;
            foreach (string path in parse.GetValue(files)!)
            {
                int code;
                EditResult? result;
                if (parse.GetValue(inPlace))
                {
                    code = EditOutput.InPlace(path, source => new XlConfigEditor(source, options).ApplyFixes(), parse.GetValue(force), stderr, out result);
                }
                else if (InputFile.TryRead(path, stderr, out var source))
                {
                    result = new XlConfigEditor(source, options).ApplyFixes();
                    code = EditOutput.Diff(path, result, stdout, stderr);
                }
                else
                {
                    exit = ExitCodes.UsageOrIo;
                    continue;
                }

                if (code == ExitCodes.Clean && result?.After is { HasErrors: true })
                {
                    code = ExitCodes.Findings;
                }

                exit = Math.Max(exit, code);
            }

            return exit;
        });
        return command;
    }
}
