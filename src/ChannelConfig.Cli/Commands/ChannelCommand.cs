using System.CommandLine;
using ChannelConfig.Channels;
using ChannelConfig.Editing;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan channel list|add|set|remove FILE</c>: look at and edit a file's channels without losing a byte of it.</summary>
internal static class ChannelCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("channel", "List, add, change or remove channels. Edits print a unified diff; --in-place writes the file (atomically).");
        command.Subcommands.Add(List(stdout, stderr));
        command.Subcommands.Add(Add(stdout, stderr));
        command.Subcommands.Add(Set(stdout, stderr));
        command.Subcommands.Add(Remove(stdout, stderr));
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "An xl.cfg file." };
        var options = new ChannelOptionsBinder();
        var command = new Command("list", "List the channels as libxl would set them up.") { file };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (!options.TryBind(parse, out var channelOptions, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            string path = parse.GetValue(file)!;
            if (!InputFile.TryLint(path, channelOptions, stderr, out var result))
            {
                return ExitCodes.UsageOrIo;
            }

            stdout.WriteLine("IDX DEVID CONNECTION BACKEND NAME PATH");
            var channels = result.Channels.Channels.Count > 0 ? result.Channels.Channels : result.Channels.ReadChannels;
            foreach (var c in channels)
            {
                string connection = c.Connection switch { ChannelConnection.Pty => "pty", ChannelConnection.Socket => "socket", _ => "unknown" };
                stdout.WriteLine($"{c.Index} {c.Devid} {connection} {c.BackendDomname ?? c.BackendDomid.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Name ?? "-"} {c.Path ?? "-"}");
            }

            if (result.Channels.Verdict != Syntax.XlVerdict.Accepted)
            {
                stderr.WriteLine($"xlchan: {path}: xl would not accept this file ({result.Channels.Verdict.ToString().ToLowerInvariant()}); run 'xlchan lint {path}'");
                return ExitCodes.Findings;
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Add(TextWriter stdout, TextWriter stderr)
    {
        var spec = new EditOptions(nameRequired: true);
        var command = new Command("add", "Add a channel at the end of the channel list (creating it when there is none).");
        spec.AddTo(command, withNewName: false);
        command.SetAction(parse => spec.Run(parse, stdout, stderr, (editor, name) =>
        {
            var connection = spec.Connection(parse) ?? ChannelConnection.Pty;
            return editor.AddChannel(new ChannelSpec(name, connection, parse.GetValue(spec.Path), parse.GetValue(spec.Backend)));
        }));
        return command;
    }

    private static Command Set(TextWriter stdout, TextWriter stderr)
    {
        var spec = new EditOptions(nameRequired: true);
        var command = new Command("set", "Change fields of the channel with the given name.");
        spec.AddTo(command, withNewName: true);
        command.SetAction(parse => spec.Run(parse, stdout, stderr, (editor, name) =>
            editor.SetChannel(name, new ChannelChanges(spec.Connection(parse), parse.GetValue(spec.Path), parse.GetValue(spec.Backend), parse.GetValue(spec.NewName)))));
        return command;
    }

    private static Command Remove(TextWriter stdout, TextWriter stderr)
    {
        var spec = new EditOptions(nameRequired: true);
        var removeEmpty = new Option<bool>("--remove-empty") { Description = "When no channel is left, remove the whole channel setting." };
        var command = new Command("remove", "Remove the channel with the given name.") { removeEmpty };
        spec.AddTo(command, withNewName: false, withFields: false);
        command.SetAction(parse => spec.Run(parse, stdout, stderr, (editor, name) => editor.RemoveChannel(name, parse.GetValue(removeEmpty))));
        return command;
    }

    /// <summary>The options the editing subcommands share.</summary>
    private sealed class EditOptions(bool nameRequired)
    {
        public Argument<string> File { get; } = new("file") { Description = "The xl.cfg file to edit." };

        public Option<string> Name { get; } = new("--name") { Description = "The channel's name.", Required = nameRequired };

        public Option<string?> ConnectionText { get; } = new("--connection") { Description = "pty or socket." };

        public Option<string?> Path { get; } = new("--path") { Description = "The socket path." };

        public Option<string?> Backend { get; } = new("--backend") { Description = "The backend domain (name or id)." };

        public Option<string?> NewName { get; } = new("--new-name") { Description = "Rename the channel." };

        public Option<bool> InPlace { get; } = new("--in-place", "-i") { Description = "Write the file (atomically) instead of printing a diff." };

        public Option<bool> Force { get; } = new("--force") { Description = "With --in-place: write even when an extended attribute (an ACL, say) cannot be kept on the new file." };

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
                command.Options.Add(Backend);
            }

            if (withNewName)
            {
                command.Options.Add(NewName);
            }

            command.Options.Add(InPlace);
            command.Options.Add(Force);
            ChannelOptions.AddTo(command);
        }

        public ChannelConnection? Connection(ParseResult parse) => parse.GetValue(ConnectionText) switch
        {
            "socket" => ChannelConnection.Socket,
            "pty" => ChannelConnection.Pty,
            _ => null,
        };

        public int Run(ParseResult parse, TextWriter stdout, TextWriter stderr, Func<XlConfigEditor, string, EditResult> edit)
        {
            if (!ChannelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine($"xlchan: {error}");
                return ExitCodes.UsageOrIo;
            }

            string path = parse.GetValue(File)!;
            string name = parse.GetValue(Name)!;
            if (parse.GetValue(InPlace))
            {
                return EditOutput.InPlace(path, source => edit(new XlConfigEditor(source, options), name), parse.GetValue(Force), stderr, out _);
            }

            if (!InputFile.TryRead(path, stderr, out var source))
            {
                return ExitCodes.UsageOrIo;
            }

            return EditOutput.Diff(path, edit(new XlConfigEditor(source, options), name), stdout, stderr);
        }
    }
}
