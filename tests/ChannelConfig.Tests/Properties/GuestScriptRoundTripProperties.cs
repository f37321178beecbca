using ChannelConfig.Emitters.Guest;
using ChannelConfig.Tests.Support;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// The guest helper script passes <c>sh -n</c>, and run as udev would run it (<c>add N</c>) it
/// makes exactly the planned links, named by the channel names, and runs nothing from a name.
/// </summary>
public sealed class GuestScriptRoundTripProperties
{
    [Fact]
    public void Running_add_links_each_name_to_its_console()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        using var shell = new ShellRunner();
        string links = Path.Combine(shell.Directory, "links");
        var options = new GuestChannelLinkOptions
        {
            LinkDirectory = links,
            ScriptPath = Path.Combine(shell.Directory, "xen-channel-setup"),
            RulesPath = Path.Combine(shell.Directory, "90-xen-channel.rules"),
        };
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var analysis = HostileChannels.Lint(channels).Channels;
            string text = GuestChannelLinkEmitter.Script(analysis, options);

            // No raw control or bidirectional character but newlines: quoting writes the others as printf escapes.
            Assert.True(PrintableText.IndexOfUnsafe(text.Replace('\n', ' ')) < 0, text);
            string script = shell.WriteScript("xen-channel-setup", text);
            var check = shell.Sh("-n", script);
            Assert.True(check.Exit == 0, check.Output);
            if (Directory.Exists(links))
            {
                Directory.Delete(links, recursive: true);
            }

            var plan = GuestChannelLinkEmitter.Plan(analysis);
            foreach (var link in plan)
            {
                var run = shell.Sh(script, "add", link.ConsoleDevid.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(run.Exit == 0, run.Output);
            }

            var made = Directory.Exists(links)
                ? Directory.EnumerateFileSystemEntries(links).Select(p => (Path.GetFileName(p), new FileInfo(p).LinkTarget)).Order().ToList()
                : [];
            var expected = plan.Where(l => l.Linked).Select(l => (l.Name!, (string?)$"/dev/hvc{l.ConsoleDevid}")).Order().ToList();
            Assert.Equal(expected, made);
            shell.AssertNothingRan();
        }, maxTest: 99); // 3x the latest first failure of a replayed defect: tests/README.md, "Property sizes"
    }
}
