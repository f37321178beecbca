using System.CommandLine;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Cli.Files;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Emitters;
using ChannelConfig.Reporting;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan dump FILE... --format F</c>: what xl reads from each file, and what libxl makes of its channels.</summary>
internal static class DumpCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "xl.cfg files to read, and - for standard input." };
        var stdinName = new Option<string>("--stdin-name") { Description = StandardInputEdit.NameDescription, DefaultValueFactory = _ => StandardInputEdit.DefaultName };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one pretty-printed document; jsonl: one compact object per file per line, in argument order; "
                + "xenstore, xenstore-json, xenstore-script: the nodes libxl writes; libxl-json: libxl's domain config with its channels member, one document per file; "
                + "qemu: the -chardev arguments libxl gives QEMU; libvirt: libvirt's <channel> elements; kvm, kvm-libvirt: the same channels for a KVM guest (virtio-serial, 30 channels a controller; kvm takes at most " + Emitters.Kvm.KvmQemuChannelEmitter.MaxChannels.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); "
                + "udev: the guest script that links /dev/xen-channel/NAME to each channel's /dev/hvcN.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(DumpFormats.All);
        format.HelpName = "format"; // the description names each value; eleven of them in the first column would push every description off the screen
        var jsonStyle = new Option<string>("--json-style")
        {
            Description = "For libxl-json: yajl (every release up to 4.20) or jsonc (4.21 and later).",
            DefaultValueFactory = _ => "yajl",
        };
        jsonStyle.AcceptOnlyFromAmong("yajl", "jsonc");
        var libxlView = new Option<string>("--libxl-view")
        {
            Description = "For libxl-json: create-n, the configuration as xl create -n (xl -N create) prints it, before libxl; "
                + "or list-l, as xl list -l shows it once the domain exists (devids assigned, backend_domid resolved from backend=).",
            DefaultValueFactory = _ => "create-n",
        };
        libxlView.AcceptOnlyFromAmong("create-n", "list-l");
        var qemuLayout = new Option<string>("--qemu-layout")
        {
            Description = "For qemu and kvm: lines, one option and its value a line, joined by ' \\' continuations; "
                + "or command, all the arguments on one shell command line.",
            DefaultValueFactory = _ => "lines",
        };
        qemuLayout.AcceptOnlyFromAmong("lines", "command");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output: a regular file is replaced atomically (keeping its owner, mode and ACLs) "
                + "and left as it was when any input cannot be read; a FIFO or character device is written through; /dev/stdout and /dev/stderr are the streams.",
        };
        var force = new Option<bool>("--force") { Description = "With --output: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("dump", "Print what xl reads from xl.cfg files and what libxl makes of their channels.") { files, format, jsonStyle, libxlView, qemuLayout, output, force, stdinName };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            if (parse.GetValue(files)!.Count(f => f == StandardInputEdit.Marker) > 1)
            {
                stderr.WriteLine(ErrorLines.Of("standard input (-) can be read once: name it once"));
                return ExitCodes.UsageOrIo;
            }

            var settings = new DumpSettings(
                parse.GetValue(jsonStyle) == "jsonc" ? LibxlJsonStyle.JsonC : LibxlJsonStyle.Yajl,
                parse.GetValue(libxlView) == "list-l" ? LibxlView.ListL : LibxlView.CreateN,
                parse.GetValue(qemuLayout) == "command" ? QemuLayout.Command : QemuLayout.Lines);
            var input = new DumpInput(stdin, parse.GetValue(stdinName)!);
            return Run(parse.GetValue(files)!, parse.GetValue(format)!, settings, options, new DumpOutput(parse.GetValue(output), parse.GetValue(force)), input, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, string format, DumpSettings settings, ChannelOptions channelOptions, DumpOutput destination, DumpInput input, TextWriter stdout, TextWriter stderr)
    {
        if (!DumpFormats.TakesSeveralFiles(format) && paths.Length != 1)
        {
            stderr.WriteLine(ErrorLines.Of($"--format {format} takes exactly one file; use --format jsonl (or libxl-json) for several"));
            return ExitCodes.UsageOrIo;
        }

        string? outputPath = destination.Path;
        if (outputPath is not null && !InputFile.CanWriteByName(outputPath))
        {
            stderr.WriteLine(ErrorLines.ForFile(outputPath, InputFile.CannotWriteName + "; redirect standard output instead"));
            return ExitCodes.UsageOrIo;
        }

        var write = DumpFormats.Writers[format];
        var dump = new Dump(paths, write, settings, channelOptions, input, stderr);
        if (StandardStreams.Writer(outputPath, stdout, stderr) is { } stream)
        {
            // Written as it is made: every file's output, even after one could not be read.
            using (var blocks = new BlockWriter(stream))
            {
                dump.WriteAll(blocks, stopAtFailure: false);
            }

            return dump.Exit;
        }

        try
        {
            // Streamed into the temporary file; an input that cannot be read ends the write with
            // an exception, so the output is left exactly as it was.
            AtomicFile.Write(outputPath!, file =>
            {
                using (var text = new StreamWriter(file, new UTF8Encoding(false), 65536, leaveOpen: true))
                {
                    dump.WriteAll(text, stopAtFailure: true);
                }

                if (dump.Exit == ExitCodes.UsageOrIo)
                {
                    throw new InputFailedException();
                }
            }, new AtomicWriteOptions(destination.Force, AllowStreams: true));
        }
        catch (InputFailedException)
        {
            stderr.WriteLine(ErrorLines.ForFile(outputPath!, "not written, as an input could not be read"));
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(ErrorLines.ForFile(outputPath!, e.Message));
            return ExitCodes.UsageOrIo;
        }

        return dump.Exit;
    }

    /// <summary>Where <c>--output</c> goes (null: standard output), and whether <c>--force</c> was given.</summary>
    private sealed record DumpOutput(string? Path, bool Force);

    /// <summary>Standard input, for the file <c>-</c>, and the name it is reported under.</summary>
    private sealed record DumpInput(Func<Stream> Open, string Name);

    /// <summary>Ends an output file's write, so that the file is left as it was, when an input could not be read.</summary>
    private sealed class InputFailedException : Exception
    {
    }

    /// <summary>
    /// Why a dump exits 1 (the output was written all the same): the file's first error and how
    /// many there are, and where to see them all.
    /// </summary>
    private static string WhyFindings(string path, LintResult result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var first = errors[0];
        string where = $"{first.Span.Start.Line}:{first.Span.Start.Column}: {first.Code}: {first.Message}";
        return errors.Count == 1
            ? $"1 error (exit status 1), at {where}; run xlchan lint {PrintableText.Path(path)} to see it with its fix"
            : $"{errors.Count} errors (exit status 1), the first at {where}; run xlchan lint {PrintableText.Path(path)} to see them all";
    }

    /// <summary>One run of the command: reads, lints and writes each file in turn, holding one file's result at a time.</summary>
    private sealed class Dump(string[] paths, DumpWriter write, DumpSettings settings, ChannelOptions channelOptions, DumpInput stdin, TextWriter stderr)
    {
        /// <summary>The exit code so far: 2 once an input could not be read, 1 once one has errors.</summary>
        public int Exit { get; private set; } = ExitCodes.Clean;

        /// <summary>
        /// Writes every file's output to <paramref name="output"/>. With <paramref name="stopAtFailure"/>,
        /// once an input cannot be read nothing more is written (the output is thrown away) but the
        /// other inputs are still read, so that every unreadable one is reported.
        /// </summary>
        public void WriteAll(TextWriter output, bool stopAtFailure)
        {
            foreach (string path in paths)
            {
                if (stopAtFailure && Exit == ExitCodes.UsageOrIo)
                {
                    _ = Read(path, out _);
                    continue;
                }

                if (!Read(path, out var source))
                {
                    Exit = ExitCodes.UsageOrIo;
                    continue;
                }

                var result = XlLinter.Lint(source, channelOptions);
                string name = source.Name;
                bool conversionFailed = false;
                write(output, result, settings, d =>
                {
                    stderr.WriteLine(DiagnosticTextFormatter.Line(name, d));
                    conversionFailed |= d.Severity == DiagnosticSeverity.Error;
                });
                if (result.HasErrors)
                {
                    stderr.WriteLine(ErrorLines.ForFile(name, WhyFindings(path, result)));
                    Exit = Math.Max(Exit, ExitCodes.Findings);
                }
                else if (conversionFailed)
                {
                    // The format cannot carry the file (the error says why): exit 1 as for the file's own errors.
                    Exit = Math.Max(Exit, ExitCodes.Findings);
                }
            }
        }

        /// <summary>Reads a file, or standard input for <c>-</c> (under <c>--stdin-name</c>).</summary>
        private bool Read(string path, out SourceText source) =>
            path == StandardInputEdit.Marker
                ? StandardInputEdit.TryRead(stdin.Name, stdin.Open, stderr, out source)
                : InputFile.TryRead(path, stderr, out source);
    }
}
