using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Cli.Files;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Reporting;

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
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output: a regular file is replaced atomically (keeping its owner, mode and ACLs) "
                + "and left as it was when any input cannot be read; a FIFO or character device is written through; /dev/stdout and /dev/stderr are the streams.",
        };
        var force = new Option<bool>("--force") { Description = "With --output: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("dump", "Print what xl reads from xl.cfg files and what libxl makes of their channels.") { files, format, jsonStyle, output, force };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            var settings = new DumpSettings(parse.GetValue(jsonStyle) == "jsonc" ? LibxlJsonStyle.JsonC : LibxlJsonStyle.Yajl);
            return Run(parse.GetValue(files)!, parse.GetValue(format)!, settings, options, new DumpOutput(parse.GetValue(output), parse.GetValue(force)), stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, string format, DumpSettings settings, ChannelOptions channelOptions, DumpOutput destination, TextWriter stdout, TextWriter stderr)
    {
        if (format != "jsonl" && paths.Length != 1)
        {
            stderr.WriteLine($"xlchan: --format {format} takes exactly one file; use --format jsonl for several");
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
                    stderr.WriteLine($"{path}:{d.Span.Start.Line}:{d.Span.Start.Column}: {ChannelConfig.Diagnostics.Diagnostic.SeverityName(d.Severity)} {d.Code}: {d.Message}");
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

        string? outputPath = destination.Path;
        if (StandardStreams.Writer(outputPath, stdout, stderr) is { } stream)
        {
            stream.Write(text.ToString());
            return exit;
        }

        if (exit == ExitCodes.UsageOrIo)
        {
            // A failed run leaves the output exactly as it was.
            stderr.WriteLine($"xlchan: {outputPath}: not written, as an input could not be read");
            return exit;
        }

        try
        {
            AtomicFile.Write(outputPath!, text.ToString(), new AtomicWriteOptions(destination.Force, AllowStreams: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"xlchan: {outputPath}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        return exit;
    }

    /// <summary>Where <c>--output</c> goes (null: standard output), and whether <c>--force</c> was given.</summary>
    private sealed record DumpOutput(string? Path, bool Force);

    private static string JsonDocumentText(Validation.LintResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            LintJsonWriter.Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
