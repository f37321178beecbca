using System.CommandLine;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan lint FILE...</c>: report every problem, compiler style.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to check." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("lint", "Check xl.cfg files; print each problem as FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE.") { files };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            return Run(parse.GetValue(files)!, options, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, ChannelOptions options, TextWriter stdout, TextWriter stderr)
    {
        int exit = ExitCodes.Clean;
        foreach (string path in paths)
        {
            if (!InputFile.TryLint(path, options, stderr, out var result))
            {
                exit = ExitCodes.UsageOrIo;
                continue;
            }

            foreach (var d in result.Diagnostics)
            {
                stdout.WriteLine($"{path}:{d.Span.Start.Line}:{d.Span.Start.Column}: {Diagnostic.SeverityName(d.Severity)} {d.Code}: {d.Message}");
            }

            if (result.HasErrors && exit == ExitCodes.Clean)
            {
                exit = ExitCodes.Findings;
            }
        }

        return exit;
    }
}
