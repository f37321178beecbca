using System.CommandLine;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan lint FILE...</c>: report every problem, compiler style.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to check." };
        var command = new Command("lint", "Check xl.cfg files; print each problem as FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE.") { files };
        command.SetAction(parse => Run(parse.GetValue(files)!, stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        int exit = ExitCodes.Clean;
        foreach (string path in paths)
        {
            if (!InputFile.TryRead(path, stderr, out var config))
            {
                exit = ExitCodes.UsageOrIo;
                continue;
            }

            foreach (var d in config.Diagnostics)
            {
                stdout.WriteLine($"{path}:{d.Span.Start.Line}:{d.Span.Start.Column}: {Diagnostic.SeverityName(d.Severity)} {d.Code}: {d.Message}");
            }

            if (config.HasErrors && exit == ExitCodes.Clean)
            {
                exit = ExitCodes.Findings;
            }
        }

        return exit;
    }
}
