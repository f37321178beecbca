using System.CommandLine;
using ChannelConfig.Text;
using ChannelConfig.Import;
using ChannelConfig.Reporting;

namespace ChannelConfig.Cli.Commands;

/// <summary>
/// <c>xlchan import-libvirt DOMAIN.xml</c>: print the xl <c>channel</c> line for a libvirt domain
/// XML's Xen channels, as libvirt's converter writes it, with diagnostics where libvirt's is silent.
/// </summary>
internal static class ImportLibvirtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var file = new Argument<string>("file") { Description = "A libvirt domain XML file (for example from 'virsh dumpxml DOMAIN'), or - for standard input." };
        var stdinName = new Option<string>("--stdin-name") { Description = StandardInputEdit.NameDescription, DefaultValueFactory = _ => StandardInputEdit.DefaultName };
        var channelDir = new Option<string?>("--channel-dir")
        {
            Description = "Fill in a unix channel's missing socket path as libvirt does at start: DIR/DOMAIN-NAME (libvirt's default DIR is /var/lib/libvirt/libxl/channel/target).",
        };
        var command = new Command("import-libvirt", "Print the xl.cfg channel line for a libvirt domain XML's Xen channels; problems go to stderr as FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE.")
        {
            file,
            channelDir,
            stdinName,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            return Run(path == StandardInputEdit.Marker ? parse.GetValue(stdinName)! : path, path == StandardInputEdit.Marker ? stdin : null, parse.GetValue(channelDir), stdout, stderr);
        });
        return command;
    }

    /// <summary>Converts one domain XML: the file at <paramref name="path"/>, or standard input (reported as <paramref name="path"/>) when <paramref name="stdin"/> is given.</summary>
    private static int Run(string path, Func<Stream>? stdin, string? channelDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (channelDirectory is { Length: 0 })
        {
            stderr.WriteLine(ErrorLines.Of("--channel-dir needs a directory"));
            return ExitCodes.UsageOrIo;
        }

        bool read = stdin is null ? InputFile.TryRead(path, stderr, out var source) : StandardInputEdit.TryRead(path, stdin, stderr, out source);
        if (!read)
        {
            return ExitCodes.UsageOrIo;
        }

        var result = LibvirtXenChannelImporter.Import(source, new LibvirtImportOptions { ChannelDirectory = channelDirectory });
        foreach (var d in result.Diagnostics)
        {
            stderr.WriteLine(DiagnosticTextFormatter.Line(path, d));
        }

        if (result.ChannelLine is not null && PrintableText.ContainsUnsafe(result.ChannelLine))
        {
            // xl.cfg has no escape for ESC, CSI or a bidirectional override: the line would carry
            // them raw to the terminal and into the file (XLC0212 has said which).
            stderr.WriteLine(ErrorLines.ForFile(path, "the channel line is not printed: it would hold control characters raw, which xl.cfg cannot escape (see XLC0212 above)"));
            return ExitCodes.Findings;
        }

        if (result.ChannelLine is not null)
        {
            stdout.WriteLine(result.ChannelLine);
        }

        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
