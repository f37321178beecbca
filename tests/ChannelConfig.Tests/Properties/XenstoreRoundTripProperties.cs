using System.Text.Json;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Emitters;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// The xenstore outputs give back exactly the nodes, with hostile names and paths: the listing
/// (unescaped), the JSON (parsed), and the script (checked by <c>sh -n</c>, read by a tiny
/// interpreter that refuses anything unquoted the shell would act on, and run under sh with stub
/// commands, where no value may run a command).
/// </summary>
public sealed class XenstoreRoundTripProperties
{
    [Fact]
    public void Listing_and_json_give_back_the_nodes() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var nodes = Nodes(channels);
            var expected = nodes.Select(n => (n.Path, n.Value, n.Permissions)).ToList();
            string listing = XenstoreWriter.ToListing(nodes);
            Assert.Equal(expected, listing.TrimEnd('\n').Split('\n').Select(ParseListingLine));
            var json = JsonDocument.Parse(XenstoreWriter.ToJson(nodes)).RootElement.EnumerateArray()
                .Select(n => (n.GetProperty("path").GetString()!, n.GetProperty("value").GetString()!, n.GetProperty("perms").GetString()!));
            Assert.Equal(expected, json);
        }); // 200 cases (the default): more than 3x the latest first failure of a replayed defect, kept as it was: tests/README.md, "Property sizes"

    [Fact]
    public void The_script_is_read_back_by_the_interpreter_as_the_nodes() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var nodes = Nodes(channels);
            var (writes, permissions) = ShellScriptInterpreter.Run(XenstoreWriter.ToScript(nodes, "title with $(touch pwned)\nand a second line"));
            Assert.Equal(nodes.Select(n => (n.Path, n.Value)), writes.Select(w => (w.Item1, Emitters.XenstoreTools.Unsanitise(w.Item2))));
            Assert.Equal(nodes.Where(n => n.Explicit).ToDictionary(n => n.Path, n => n.Permissions), permissions);
        }); // 200 cases (the default): more than 3x the latest first failure of a replayed defect, kept as it was: tests/README.md, "Property sizes"

    [Fact]
    public void The_script_passes_sh_n_and_runs_only_xenstore_commands()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        using var shell = new ShellRunner();
        shell.AddStubs("xenstore-write", "xenstore-chmod", "xenstore-rm");
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var nodes = Nodes(channels);
            string script = shell.WriteScript("write.sh", XenstoreWriter.ToScript(nodes, "$(touch pwned-title)"));
            var check = shell.Sh("-n", script);
            Assert.True(check.Exit == 0, check.Output);
            var run = shell.Sh(script);
            Assert.True(run.Exit == 0, run.Output);
            var calls = shell.TakeCalls().Where(c => c[0] == "xenstore-write").ToList();

            // xenstore-write reads a value that starts with - as options (getopt) unless -- comes first; the stubs do not.
            Assert.DoesNotContain(calls, c => c[1] != "--" && c[2].StartsWith('-'));
            var writes = calls.Select(c => c[1] == "--" ? c[1..] : c).Select(c => (c[1], Emitters.XenstoreTools.Unsanitise(c[2])));
            Assert.Equal(nodes.Select(n => (n.Path, n.Value)), writes);
            shell.AssertNothingRan();
        }, maxTest: 54); // 3x the latest first failure of a replayed defect: tests/README.md, "Property sizes"
    }

    private static IReadOnlyList<XenstoreNode> Nodes(IReadOnlyList<ModelChannel> channels)
    {
        var nodes = XenstoreEmitter.Nodes(HostileChannels.Lint(channels).Channels);
        for (int i = 0; i < channels.Count; i++)
        {
            Assert.Contains(nodes, n => n.Path == $"/local/domain/1/device/console/{i + 1}/name" && n.Value == channels[i].Name);
            if (channels[i].Path is { } path)
            {
                Assert.Contains(nodes, n => n.Path == $"/local/domain/0/backend/console/1/{i + 1}/path" && n.Value == path);
            }
        }

        return nodes;
    }

    /// <summary><c>PATH = "VALUE"   (PERMS)</c>, the value only printable ASCII (<c>sanitise_value</c>'s escapes).</summary>
    private static (string, string, string) ParseListingLine(string line)
    {
        Assert.True(line.All(c => c is >= ' ' and <= '~'), $"not printable ASCII: {line}");
        return Emitters.XenstoreTools.ParseListingLine(line);
    }
}
