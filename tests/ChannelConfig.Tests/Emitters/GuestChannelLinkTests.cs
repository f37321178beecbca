using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Emitters;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Tests.Golden;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.Emitters;

/// <summary>The guest's udev rule and helper script (xen-pv-channel(7)): right console numbers, safe quoting.</summary>
public sealed class GuestChannelLinkTests
{
    private static string HostileConfig(IEnumerable<string> names) =>
        "name = \"hostile\"\nchannel = [\n"
        + string.Concat(names.Select(n => "  " + EmitterExamples.XlQuoted("connection=pty,name=" + n) + ",\n"))
        + "]\n";

    private static string[] HostileNames => [.. EmitterExamples.HostileNames.Select(row => (string)row.Data)];

    /// <summary>A script whose links and files go to a temporary directory, so it can really run.</summary>
    private static (string Dir, string Script, GuestChannelLinkOptions Options) Sandbox(ChannelAnalysis analysis)
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-guest-").FullName;
        var options = new GuestChannelLinkOptions
        {
            ScriptPath = Path.Combine(dir, "sbin", "xen-channel-setup"),
            RulesPath = Path.Combine(dir, "rules.d", "90-xen-channel.rules"),
            LinkDirectory = Path.Combine(dir, "links"),
        };
        string script = Path.Combine(dir, "xen-channel-setup");
        File.WriteAllText(script, GuestChannelLinkEmitter.Script(analysis, options), new UTF8Encoding(false));
        return (dir, script, options);
    }

    [Fact]
    public void The_script_for_two_channels_matches_the_golden_file()
    {
        string script = GuestChannelLinkEmitter.Script(EmitterExamples.Analyze(EmitterExamples.WebServer));
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/guest-web-01.sh", script);
    }

    [Fact]
    public void With_Xen_4_20_0_the_lost_first_channel_gets_a_comment_and_no_link()
    {
        var analysis = EmitterExamples.Analyze(EmitterExamples.WebServer, new ChannelOptions { Version = new XenVersion(4, 20, 0) });
        var plan = GuestChannelLinkEmitter.Plan(analysis);
        Assert.Equal([(0, false), (1, true)], plan.Select(l => (l.ConsoleDevid, l.Linked)));
        Assert.Contains("primary console", plan[0].Reason, StringComparison.Ordinal);
        string script = GuestChannelLinkEmitter.Script(analysis);
        Assert.DoesNotContain("console-0", script, StringComparison.Ordinal);
        Assert.DoesNotContain("        0) name=", script, StringComparison.Ordinal);
        Assert.Contains("        1) name='org.xenproject.guest.clipboard.0.1' ;;", script, StringComparison.Ordinal);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/guest-xen-4.20.0.sh", script);
    }

    [Fact]
    public void Console_numbers_follow_libxl_from_1()
    {
        var plan = GuestChannelLinkEmitter.Plan(EmitterExamples.Analyze(HostileConfig(["org.example.a.0", "org.example.b.0", "org.example.c.0"])));
        Assert.Equal([1, 2, 3], plan.Select(l => l.ConsoleDevid));
        Assert.All(plan, l => Assert.True(l.Linked));
    }

    [Fact]
    public void Hostile_names_pass_sh_n_and_appear_only_single_quoted_or_escaped()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        var analysis = EmitterExamples.Analyze(HostileConfig(HostileNames));
        Assert.Equal(HostileNames, analysis.Channels.Select(c => c.Name));
        var (dir, script, _) = Sandbox(analysis);
        try
        {
            var (exit, _, stderr) = ShellRunner.Run(dir, "-n", script);
            Assert.True(exit == 0, stderr);
            string text = File.ReadAllText(script);
            for (int i = 0; i < HostileNames.Length; i++)
            {
                string quoted = ShellQuoting.Quote(HostileNames[i]);
                Assert.Contains($"        {i + 1}) name={quoted} ;;\n", text, StringComparison.Ordinal);
            }

            // A newline inside a name is written as printf's octal escape (with the next character, which
            // command substitution would otherwise drop); comments show it as \n.
            Assert.DoesNotContain("new\nline", text, StringComparison.Ordinal);
            Assert.Contains("name='new'\"$(printf '\\012\\154')\"'ine' ;;", text, StringComparison.Ordinal);
            Assert.Contains("/new\\nline", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Running_the_script_links_every_hostile_name_exactly_and_runs_nothing()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        var analysis = EmitterExamples.Analyze(HostileConfig(HostileNames));
        var (dir, script, options) = Sandbox(analysis);
        try
        {
            for (int n = 1; n <= HostileNames.Length; n++)
            {
                var (exit, _, stderr) = ShellRunner.Run(dir, script, "add", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(exit == 0, stderr);
            }

            var links = Directory.GetFileSystemEntries(options.LinkDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(HostileNames.Order(StringComparer.Ordinal).ToArray(), links);
            for (int n = 1; n <= HostileNames.Length; n++)
            {
                var info = new FileInfo(Path.Combine(options.LinkDirectory, HostileNames[n - 1]));
                Assert.Equal($"/dev/hvc{n}", info.LinkTarget);
            }

            Assert.Equal(["links", "xen-channel-setup"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            var (removeExit, _, _) = ShellRunner.Run(dir, script, "remove", "3");
            Assert.Equal(0, removeExit);
            Assert.False(Path.Exists(Path.Combine(options.LinkDirectory, HostileNames[2])));
            Assert.Equal(HostileNames.Length - 1, Directory.GetFileSystemEntries(options.LinkDirectory).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Install_copies_the_script_and_writes_rules_for_each_linked_console()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        var analysis = EmitterExamples.Analyze(HostileConfig(["org.example.a.0", "with space", "x/y"]));
        var (dir, script, options) = Sandbox(analysis);
        try
        {
            var (exit, stdout, stderr) = ShellRunner.Run(dir, script, "install");
            Assert.True(exit == 0, stderr);
            Assert.StartsWith("installed ", stdout, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(script), File.ReadAllText(options.ScriptPath));
            var rules = File.ReadAllLines(options.RulesPath);
            Assert.Equal(
            [
                $"SUBSYSTEM==\"xen\", KERNEL==\"console-1\", ACTION==\"add\", RUN+=\"{options.ScriptPath} add 1\"",
                $"SUBSYSTEM==\"xen\", KERNEL==\"console-1\", ACTION==\"remove\", RUN+=\"{options.ScriptPath} remove 1\"",
                $"SUBSYSTEM==\"xen\", KERNEL==\"console-2\", ACTION==\"add\", RUN+=\"{options.ScriptPath} add 2\"",
                $"SUBSYSTEM==\"xen\", KERNEL==\"console-2\", ACTION==\"remove\", RUN+=\"{options.ScriptPath} remove 2\"",
            ], rules.Where(l => !l.StartsWith('#')));
            Assert.Contains(rules, l => l.StartsWith("#   console 3 (x/y): no link: the name contains `/`", StringComparison.Ordinal));
            Assert.All(rules, l => Assert.True(l.StartsWith('#') || l.StartsWith("SUBSYSTEM==", StringComparison.Ordinal), l));

            var (usage, _, _) = ShellRunner.Run(dir, script, "add", "1; touch pwned");
            Assert.Equal(2, usage);
            Assert.False(File.Exists(Path.Combine(dir, "pwned")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("a/b", "`/`")]
    [InlineData("..", "`..`")]
    [InlineData(".", "`..`")]
    public void Names_that_cannot_be_file_names_get_no_link(string name, string reason)
    {
        var plan = GuestChannelLinkEmitter.Plan(EmitterExamples.Analyze(HostileConfig([name])));
        var link = Assert.Single(plan);
        Assert.False(link.Linked);
        Assert.Contains(reason, link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_longer_than_255_bytes_gets_no_link()
    {
        var plan = GuestChannelLinkEmitter.Plan(EmitterExamples.Analyze(HostileConfig([new string('é', 128)])));
        Assert.Contains("255 bytes", Assert.Single(plan).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_name_links_only_its_first_console()
    {
        var plan = GuestChannelLinkEmitter.Plan(EmitterExamples.Analyze(HostileConfig(["org.example.a.0", "org.example.a.0"])));
        Assert.Equal([true, false], plan.Select(l => l.Linked));
        Assert.Contains("console 1 already has this name", plan[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_configuration_gives_a_script_without_links()
    {
        var analysis = EmitterExamples.Analyze("channel = [ \"connection=socket,name=org.example.a.0\" ]\n");
        Assert.Empty(GuestChannelLinkEmitter.Plan(analysis));
        string script = GuestChannelLinkEmitter.Script(analysis);
        Assert.Contains("# No links: xl or libxl reject this configuration", script, StringComparison.Ordinal);
        Assert.DoesNotContain("SUBSYSTEM", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("/with space")]
    [InlineData("/quote\"d")]
    [InlineData("/a/../b")]
    [InlineData("/dir/")]
    [InlineData("/")]
    public void Unsafe_install_paths_are_refused(string path)
    {
        var analysis = EmitterExamples.Analyze(EmitterExamples.WebServer);
        Assert.Throws<ArgumentException>(() => GuestChannelLinkEmitter.Script(analysis, new GuestChannelLinkOptions { ScriptPath = path }));
        Assert.Throws<ArgumentException>(() => GuestChannelLinkEmitter.Script(analysis, new GuestChannelLinkOptions { LinkDirectory = path }));
    }

    [Fact]
    public void A_hostile_domain_name_and_file_name_stay_inside_their_comments()
    {
        var analysis = ChannelAnalyzer.Analyze(ChannelConfig.Configuration.XlConfigReader.Parse(
            "name = \"evil\\nrm -rf /\"\nchannel = [ \"connection=pty,name=org.example.a.0\" ]\n", "vm\nrm -rf ~.cfg"));
        string script = GuestChannelLinkEmitter.Script(analysis);
        Assert.DoesNotContain("\nrm -rf", script, StringComparison.Ordinal);
        Assert.Contains("domain 'evil\\nrm -rf /'", script, StringComparison.Ordinal);
        Assert.Contains("(from vm\\nrm -rf ~.cfg)", script, StringComparison.Ordinal);
    }
}
