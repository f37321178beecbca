using System.CommandLine;
using ChannelConfig.Editing;

namespace ChannelConfig.Cli.Commands;

/// <summary>
/// <c>xlchan fix FILE...</c>: apply every fix the diagnostics offer (lint rules and the certain
/// syntax fixes); a diff by default, <c>--in-place</c> to write, and <c>-</c> to filter standard
/// input to standard output. Each file ends with a summary line on standard error.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to fix; - reads standard input and prints the whole fixed file on standard output." };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Write the files (atomically) instead of printing a diff." };
        var force = new Option<bool>("--force") { Description = "With --in-place: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };
        var stdinName = new Option<string>("--stdin-name") { Description = StandardInputEdit.NameDescription, DefaultValueFactory = _ => StandardInputEdit.DefaultName };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command(
            "fix",
            "Apply the fixes lint offers: CRLF line ends to LF, a UTF-8 byte-order mark removed, upper-case hex digits, a final newline after a comment, a missing comma between list items or = after a name, connection=PTY to pty, type= to connection=, channel = \"...\" to a list, misspelt keys. Prints a unified diff unless --in-place; with - prints the fixed file. Ends with a summary on standard error.")
        {
            files, inPlace, force, stdinName,
        };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            string[] paths = parse.GetValue(files)!;
            if (paths.Contains(StandardInputEdit.Marker))
            {
                if (paths.Length > 1)
                {
                    stderr.WriteLine(ErrorLines.Of("- (standard input) must be the only file: fix - prints the fixed file on standard output"));
                    return ExitCodes.UsageOrIo;
                }

                if (parse.GetValue(inPlace))
                {
                    stderr.WriteLine(ErrorLines.Of(StandardInputEdit.NoInPlace));
                    return ExitCodes.UsageOrIo;
                }

                string name = parse.GetValue(stdinName)!;
                int code = StandardInputEdit.Run(name, stdin, source => new XlConfigEditor(source, options).ApplyFixes(), stdout, stderr, out var result);
                return Summarize(name, code, result, written: true, stderr);
            }

            int exit = ExitCodes.Clean;
            foreach (string path in paths)
            {
                int code;
                EditResult? result;
                if (parse.GetValue(inPlace) && !InputFile.CanWriteByName(path))
                {
                    stderr.WriteLine(ErrorLines.ForFile(path, InputFile.CannotWriteName + "; run without --in-place and apply the diff"));
                    exit = ExitCodes.UsageOrIo;
                    continue;
                }

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

                exit = Math.Max(exit, Summarize(path, code, result, parse.GetValue(inPlace), stderr));
            }

            return exit;
        });
        return command;
    }

    /// <summary>Prints the file's summary (when its fixes were made) and returns its exit code: 1 when errors remain.</summary>
    private static int Summarize(string path, int code, EditResult? result, bool written, TextWriter stderr)
    {
        if (code != ExitCodes.Clean || result is not { Succeeded: true })
        {
            return code;
        }

        stderr.WriteLine(ErrorLines.ForFile(path, FixSummary.Of(path, result.FixesApplied, result.Diagnostics, written)));
        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
