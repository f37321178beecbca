using System.CommandLine;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan dump FILE... --format F</c>: what xl reads from each file, and what libxl makes of its channels.</summary>
internal static class DumpCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to read." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one pretty-printed document; jsonl: one compact object per file per line, in argument order; "
                + "xenstore, xenstore-json, xenstore-script: the nodes libxl writes; libxl-json: the channels member of libxl's domain config; "
                + "qemu: the -chardev arguments libxl gives QEMU; libvirt: libvirt's <channel> elements; kvm, kvm-libvirt: the same channels for a KVM guest (virtio-serial); "
                + "udev: the guest script that links /dev/xen-channel/NAME to each channel's /dev/hvcN.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(DumpFormats.All);
        var jsonStyle = new Option<string>("--json-style")
        {
            Description = "For libxl-json: yajl (every release up to 4.20) or jsonc (4.21 and later).",
            DefaultValueFactory = _ => "yajl",
        };
        jsonStyle.AcceptOnlyFromAmong("yajl", "jsonc");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("dump", "Print what xl reads from xl.cfg files and what libxl makes of their channels.") { files, format, jsonStyle, output };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            var settings = new DumpSettings(parse.GetValue(jsonStyle) == "jsonc" ? LibxlJsonStyle.JsonC : LibxlJsonStyle.Yajl);
            return Run(parse.GetValue(files)!, parse.GetValue(format)!, settings, options, parse.GetValue(output), stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, string format, DumpSettings settings, ChannelOptions channelOptions, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (format != "jsonl" && paths.Length != 1)
        {
            stderr.WriteLine($"xlchan: --format {format} takes exactly one file; use --format jsonl for several");
            return ExitCodes.UsageOrIo;
        }

        if (outputPath is not null && !InputFile.CanWriteByName(outputPath))
        {
            stderr.WriteLine(ErrorLines.ForFile(outputPath, InputFile.CannotWriteName + "; redirect standard output instead"));
            return ExitCodes.UsageOrIo;
        }

        var text = new StringWriter();
        int exit = ExitCodes.Clean;
        foreach (string path in paths)
        {
            if (!InputFile.TryLint(path, channelOptions, stderr, out var result))
            {
                exit = ExitCodes.UsageOrIo;
                continue;
            }

            if (DumpFormats.Text.TryGetValue(format, out var render))
            {
                var output = render(result, settings);
                text.Write(output.Text);
                foreach (var d in output.Diagnostics)
                {
                    stderr.WriteLine(ErrorLines.ForDiagnostic(path, d));
                }
            }
            else
            {
                text.Write(JsonDocumentText(result, indented: format == "json"));
                text.Write('\n');
            }

            if (result.HasErrors && exit == ExitCodes.Clean)
            {
                exit = ExitCodes.Findings;
            }
        }

        if (outputPath is null)
        {
            stdout.Write(text.ToString());
            return exit;
        }

        try
        {
            AtomicFile.Write(outputPath, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(ErrorLines.ForFile(outputPath, e.Message));
            return ExitCodes.UsageOrIo;
        }

        return exit;
    }

    private static string JsonDocumentText(Validation.LintResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = PrintableJsonEncoder.Instance }))
        {
            LintJsonWriter.Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
