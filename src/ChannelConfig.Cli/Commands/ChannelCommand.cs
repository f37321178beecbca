using System.CommandLine;
using ChannelConfig.Channels;
using ChannelConfig.Editing;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

namespace ChannelConfig.Cli.Commands;

/// <summary>
/// <c>xlchan channel list|add|set|remove FILE</c>: look at and edit a file's channels without losing
/// a byte of it. <c>-</c> as the file reads standard input; an edit of it prints the whole edited file.
/// </summary>
internal static class ChannelCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var command = new Command("channel", "List, add, change or remove channels. Edits print a unified diff; --in-place writes the file (atomically); with - as the file, standard input is read and the whole edited file printed.");
        command.Subcommands.Add(List(stdout, stderr, stdin));
        command.Subcommands.Add(Add(stdout, stderr, stdin));
        command.Subcommands.Add(Set(stdout, stderr, stdin));
        command.Subcommands.Add(Remove(stdout, stderr, stdin));
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var file = new Argument<string>("file") { Description = "An xl.cfg file; - reads standard input." };
        var format = new Option<string>("--format", "-f") { Description = "text (an aligned table) or json (one array of channels with index, devid, connection, backend, name, path and line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var stdinName = new Option<string>("--stdin-name") { Description = StandardInputEdit.NameDescription, DefaultValueFactory = _ => StandardInputEdit.DefaultName };
        var options = new ChannelOptionsBinder();
        var command = new Command("list", "List the channels as libxl would set them up.") { file, format, stdinName };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (!options.TryBind(parse, out var channelOptions, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            string path = parse.GetValue(file)!;
            LintResult result;
            if (path == StandardInputEdit.Marker)
            {
                path = parse.GetValue(stdinName)!;
                if (!StandardInputEdit.TryRead(path, stdin, stderr, out var source))
                {
                    return ExitCodes.UsageOrIo;
                }

                result = XlLinter.Lint(source, channelOptions);
            }
            else if (!InputFile.TryLint(path, channelOptions, stderr, out result))
            {
                return ExitCodes.UsageOrIo;
            }

            var channels = result.Channels.Channels.Count > 0 ? result.Channels.Channels : result.Channels.ReadChannels;
            if (parse.GetValue(format) == "json")
            {
                ChannelList.WriteJson(channels, stdout);
            }
            else
            {
                ChannelList.WriteTable(channels, stdout);
            }

            if (result.Channels.Verdict != Syntax.XlVerdict.Accepted)
            {
                stderr.WriteLine(ErrorLines.ForFile(path, $"xl would not accept this file ({result.Channels.Verdict.ToString().ToLowerInvariant()}); run 'xlchan lint {PrintableText.Path(path)}'"));
                return ExitCodes.Findings;
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Add(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var spec = new EditOptions();
        spec.ConnectionText.Description = "pty or socket (required: there is no default).";
        var command = new Command("add", "Add a channel at the end of the channel list (creating it when there is none). --connection is required; a socket needs --path, an absolute one unless --allow-relative-path.");
        spec.AddTo(command, withNewName: false);
        command.SetAction(parse =>
        {
            if (spec.Connection(parse) is not { } connection)
            {
                stderr.WriteLine(ErrorLines.Of("channel add needs --connection pty or --connection socket (there is no default)"));
                return ExitCodes.UsageOrIo;
            }

            return spec.Run(parse, stdout, stderr, stdin, (editor, name) =>
                editor.AddChannel(new ChannelSpec(name, connection, parse.GetValue(spec.Path), parse.GetValue(spec.Backend))));
        });
        return command;
    }

    private static Command Set(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var spec = new EditOptions();
        var command = new Command("set", "Change fields of the channel with the given name. --connection pty drops the channel's path= (and says so); a set that changes nothing says so and exits 0.");
        spec.AddTo(command, withNewName: true);
        command.SetAction(parse =>
        {
            var changes = new ChannelChanges(spec.Connection(parse), parse.GetValue(spec.Path), parse.GetValue(spec.Backend), parse.GetValue(spec.NewName));
            if (changes == new ChannelChanges())
            {
                stderr.WriteLine(ErrorLines.Of("channel set has nothing to change: give --connection, --path, --backend or --new-name"));
                return ExitCodes.UsageOrIo;
            }

            return spec.Run(parse, stdout, stderr, stdin, (editor, name) => editor.SetChannel(name, changes));
        });
        return command;
    }

    private static Command Remove(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var spec = new EditOptions();
        var removeEmpty = new Option<bool>("--remove-empty") { Description = "When no channel is left, remove the whole channel setting." };
        var command = new Command("remove", "Remove the channel with the given name.") { removeEmpty };
        spec.AddTo(command, withNewName: false, withFields: false);
        command.SetAction(parse => spec.Run(parse, stdout, stderr, stdin, (editor, name) => editor.RemoveChannel(name, parse.GetValue(removeEmpty))));
        return command;
    }

    /// <summary>The options the editing subcommands share.</summary>
    private sealed class EditOptions
    {
        public Argument<string> File { get; } = new("file") { Description = "The xl.cfg file to edit; - reads standard input and prints the whole edited file." };

        public Option<string> Name { get; } = new("--name") { Description = "The channel's name.", Required = true };

        public Option<string?> ConnectionText { get; } = new("--connection") { Description = "pty or socket." };

        public Option<string?> Path { get; } = new("--path") { Description = "The socket path (absolute)." };

        public Option<bool> AllowRelativePath { get; } = new("--allow-relative-path") { Description = "Accept a --path that does not start with / (QEMU resolves it in its own working directory: XLC0114)." };

        public Option<string?> Backend { get; } = new("--backend") { Description = "The backend domain (name or id)." };

        public Option<string?> NewName { get; } = new("--new-name") { Description = "Rename the channel." };

        public Option<bool> InPlace { get; } = new("--in-place", "-i") { Description = "Write the file (atomically) instead of printing a diff." };

        public Option<bool> Force { get; } = new("--force") { Description = "With --in-place: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };

        public Option<string> StdinName { get; } = new("--stdin-name") { Description = StandardInputEdit.NameDescription, DefaultValueFactory = _ => StandardInputEdit.DefaultName };

        public ChannelOptionsBinder ChannelOptions { get; } = new();

        public void AddTo(Command command, bool withNewName, bool withFields = true)
        {
            command.Arguments.Add(File);
            command.Options.Add(Name);
            if (withFields)
            {
                ConnectionText.AcceptOnlyFromAmong("pty", "socket");
                command.Options.Add(ConnectionText);
                command.Options.Add(Path);
                command.Options.Add(AllowRelativePath);
                command.Options.Add(Backend);
            }

            if (withNewName)
            {
                command.Options.Add(NewName);
            }

            command.Options.Add(InPlace);
            command.Options.Add(Force);
            command.Options.Add(StdinName);
            ChannelOptions.AddTo(command);
        }

        public ChannelConnection? Connection(ParseResult parse) =>
            ChannelConnectionName.Parse(parse.GetValue(ConnectionText)) is var connection and not ChannelConnection.Unknown ? connection : null;

        public int Run(ParseResult parse, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, Func<XlConfigEditor, string, EditResult> edit)
        {
            if (!ChannelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            string path = parse.GetValue(File)!;
            string name = parse.GetValue(Name)!;
            if (parse.GetValue(Path) is { } socketPath && !socketPath.StartsWith('/') && !parse.GetValue(AllowRelativePath))
            {
                stderr.WriteLine(ErrorLines.Of($"--path {PrintableText.Field(socketPath)} is relative: QEMU would create the socket in its own working directory, where host tools will not find it (XLC0114); give an absolute path such as /run/xen/{PrintableText.Text(name)}.sock, or add --allow-relative-path"));
                return ExitCodes.UsageOrIo;
            }

            EditResult? result;
            int code;
            if (path == StandardInputEdit.Marker)
            {
                if (parse.GetValue(InPlace))
                {
                    stderr.WriteLine(ErrorLines.Of(StandardInputEdit.NoInPlace));
                    return ExitCodes.UsageOrIo;
                }

                path = parse.GetValue(StdinName)!;
                code = StandardInputEdit.Run(path, stdin, source => edit(new XlConfigEditor(source, options), name), stdout, stderr, out result);
            }
            else if (parse.GetValue(InPlace))
            {
                if (!InputFile.CanWriteByName(path))
                {
                    stderr.WriteLine(ErrorLines.ForFile(path, InputFile.CannotWriteName + "; run without --in-place and apply the diff"));
                    return ExitCodes.UsageOrIo;
                }

                code = EditOutput.InPlace(path, source => edit(new XlConfigEditor(source, options), name), parse.GetValue(Force), stderr, out result);
            }
            else
            {
                if (!InputFile.TryRead(path, stderr, out var source))
                {
                    return ExitCodes.UsageOrIo;
                }

                result = edit(new XlConfigEditor(source, options), name);
                code = EditOutput.Diff(path, result, stdout, stderr);
            }

            if (result is { Succeeded: true })
            {
                foreach (string note in result.Notes)
                {
                    stderr.WriteLine(ErrorLines.ForFile(path, note));
                }

                if (!result.Changed)
                {
                    stderr.WriteLine(ErrorLines.ForFile(path, $"nothing changed: channel `{PrintableText.Of(name)}` already has those values"));
                }
            }

            return code;
        }
    }
}
