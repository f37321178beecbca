using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Reporting;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan dump --format json|jsonl FILE...</c>: what xl reads from each file, as JSON.</summary>
internal static class DumpCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to read." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one pretty-printed document (one file); jsonl: one compact object per file per line, in argument order.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("dump", "Print what xl reads from xl.cfg files: settings, effective values, channels, diagnostics and xl's verdict.") { files, format };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            return Run(parse.GetValue(files)!, parse.GetValue(format)!, options, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, string format, ChannelOptions channelOptions, TextWriter stdout, TextWriter stderr)
    {
        bool lines = format == "jsonl";
        if (!lines && paths.Length != 1)
        {
            stderr.WriteLine("xlchan: --format json takes exactly one file; use --format jsonl for several");
            return ExitCodes.UsageOrIo;
        }

        var options = new JsonWriterOptions { Indented = !lines, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        int exit = ExitCodes.Clean;
        using var buffer = new MemoryStream();
        foreach (string path in paths)
        {
            if (!InputFile.TryLint(path, channelOptions, stderr, out var result))
            {
                exit = ExitCodes.UsageOrIo;
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                LintJsonWriter.Write(writer, result);
            }

            stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            stdout.Write('\n');
            if (result.HasErrors && exit == ExitCodes.Clean)
            {
                exit = ExitCodes.Findings;
            }
        }

        return exit;
    }
}
