using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Editing;
using ChannelConfig.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Editing;

/// <summary>Random configurations × random edits: an accepted edit always reads back to the intended channels.</summary>
public sealed class EditPropertyTests
{
    private static readonly string[] Fillers = ["name = \"vm\"\n", "# comment\n", "memory = 512\n", "\n", "vif = [ 'bridge=xenbr0' ]; vcpus = 2\n", "disk = [\n  \"a\",\n  \"b\", # c\n]\n"];

    private static Gen<string> Name() =>
        Gen.Elements("org.example.a.0", "org.example.b.1", "com.example.agent.2", "org.example.c'q.3", "org.example.\"dq\".4", "org.exam ple.5");

    private static Gen<string> Item() =>
        from name in Name()
        from socket in Gen.Elements(true, false)
        from spaced in Gen.Elements(", ", ",")
        select socket ? $"connection=socket{spaced}path=/run/{name.Length}x.sock{spaced}name={name}" : $"connection=pty{spaced}name={name}";

    private static Gen<string> Config() =>
        from before in Gen.Elements(Fillers).ListOf()
        from items in Item().ListOf()
        from multiLine in Gen.Elements(true, false)
        from quote in Gen.Elements('"', '\'')
        from after in Gen.Elements(Fillers).ListOf()
        select string.Concat(before)
            + (items.Count == 0 ? string.Empty : "channel = [" + (multiLine ? "\n    " : " ")
                + string.Join(multiLine ? ",\n    " : ", ", items.Select(i => quote + XlStringText.EscapeForString(i, quote) + quote))
                + (multiLine ? ",\n]\n" : " ]\n"))
            + string.Concat(after);

    [Fact]
    public void Accepted_edits_read_back_to_the_intended_channels_and_keep_other_lines()
    {
        var property = Prop.ForAll(
            Config().ToArbitrary(),
            Gen.Choose(0, 2).ToArbitrary(),
            Name().ToArbitrary(),
            (text, operation, name) =>
            {
                var source = SourceText.FromString("vm.cfg", text);
                var editor = new XlConfigEditor(source);
                var before = XlLinter.Lint(source).Channels.ReadChannels.Select(c => (c.Name, c.Connection, c.Path)).ToList();
                EditResult result = operation switch
                {
                    0 => editor.AddChannel(new ChannelSpec(name + ".new", ChannelConnection.Socket, $"/run/new-{name.Length}.sock")),
                    1 => editor.RemoveChannel(name),
                    _ => editor.SetChannel(name, new ChannelChanges(Backend: "7")),
                };
                if (!result.Succeeded)
                {
                    return result.Error!.Length > 0;
                }

                var read = XlLinter.Lint(result.Edited!).Channels.ReadChannels;
                var after = read.Select(c => (c.Name, c.Connection, c.Path)).ToList();
                var expected = operation switch
                {
                    0 => [.. before, (name + ".new", ChannelConnection.Socket, (string?)$"/run/new-{name.Length}.sock")],
                    1 => before.Where(c => c.Name != name).ToList(),
                    _ => before,
                };
                bool comments = Encoding.UTF8.GetString(result.Edited!.Bytes.Span).Split('\n').Count(l => l.Contains('#', StringComparison.Ordinal))
                    >= text.Split('\n').Count(l => l.Contains('#', StringComparison.Ordinal)) - (operation == 1 ? 1 : 0);
                bool backend = operation != 2 || read.Single(c => c.Name == name).BackendDomname == "7";
                return after.SequenceEqual(expected) && comments && backend;
            });
        property.QuickCheckThrowOnFailure();
    }
}
