using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters;
using ChannelConfig.Rules;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.FrontDoor;

/// <summary>
/// The library's front door: every way in (a path, a string, bytes, a <see cref="SourceText"/>)
/// gives the same result, and <see cref="LintOptions"/> reaches the reader, the channel analysis
/// and the rules.
/// </summary>
public sealed class XlLinterTests
{
    private const string Config =
        "name = \"web-01\"\n"
        + "channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\", \"connection=pty, name=agent\", \"connection=pty, name=org.example.b.0, backend=storage\" ]\n";

    [Fact]
    public void Every_way_in_gives_the_same_result()
    {
        string path = Path.Combine(Path.GetTempPath(), $"xlchan-front-{Guid.NewGuid():N}.cfg");
        File.WriteAllText(path, Config);
        try
        {
            var expected = Describe(XlLinter.Lint(new SourceText(path, Encoding.UTF8.GetBytes(Config))));
            Assert.Equal(expected, Describe(XlLinter.LintFile(path)));
            Assert.Equal(expected, Describe(XlLinter.LintText(Config, path)));
            Assert.Equal(expected, Describe(XlLinter.LintBytes(Encoding.UTF8.GetBytes(Config), path)));
            Assert.Equal(path, XlLinter.LintFile(path).Config.Source.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_and_Analyze_are_the_first_two_steps_of_Lint()
    {
        var source = SourceText.FromString("vm.cfg", Config);
        var lint = XlLinter.Lint(source);
        var config = XlLinter.Read(source);
        var analysis = XlLinter.Analyze(config);
        Assert.Equal(lint.Config.Settings.Select(s => s.ToString()), config.Settings.Select(s => s.ToString()));
        Assert.Equal(lint.Channels.Channels, analysis.Channels);
        Assert.Equal(lint.Verdict, analysis.Verdict);
        Assert.All(analysis.Diagnostics, d => Assert.Contains(lint.Diagnostics, l => l.Code == d.Code && l.Span == d.Span));
    }

    [Fact]
    public void Options_reach_the_channel_analysis()
    {
        // backend=storage names a domain libxl must find; without it, libxl refuses the channel.
        var unknown = XlLinter.LintText(Config);
        Assert.Equal(XlVerdict.Rejected, unknown.Verdict);

        var options = new LintOptions { Domains = new Dictionary<string, uint> { ["storage"] = 5 }, GuestDomid = 9, Xen = new XenVersion(4, 17, 0) };
        var known = XlLinter.LintText(Config, options: options);
        Assert.Equal(XlVerdict.Accepted, known.Verdict);
        Assert.Equal(5u, known.Channels.Channels[2].BackendDomid);
        Assert.Equal(0u, known.Channels.Channels[0].BackendDomid); // Domain-0 is always known
        Assert.Contains(ChannelEmitter.XenstoreNodes(known.Channels), n => n.Path.StartsWith("/local/domain/9/", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_reach_the_rules()
    {
        var all = XlLinter.LintText(Config, options: new LintOptions { Domains = new Dictionary<string, uint> { ["storage"] = 5 } });
        Assert.Contains(all.Diagnostics, d => d.Code == DiagnosticCatalog.ChannelNameStyle.Id);

        var rules = new RuleConfiguration([new(DiagnosticCatalog.ChannelNameStyle.Id, RuleLevel.Off)]);
        var silenced = XlLinter.LintText(Config, options: new LintOptions { Domains = new Dictionary<string, uint> { ["storage"] = 5 }, Rules = rules });
        Assert.DoesNotContain(silenced.Diagnostics, d => d.Code == DiagnosticCatalog.ChannelNameStyle.Id);
    }

    [Fact]
    public void Options_reach_the_reader()
    {
        string deep = "a = " + new string('[', 10) + new string(']', 10) + "\n";
        Assert.DoesNotContain(XlLinter.LintText(deep).Diagnostics, d => d.Code == DiagnosticCatalog.NestingTooDeep.Id);
        Assert.Contains(XlLinter.LintText(deep, options: new LintOptions { MaxDepth = 4 }).Diagnostics, d => d.Code == DiagnosticCatalog.NestingTooDeep.Id);

        string many = string.Concat(Enumerable.Repeat("A = 1\n", 50));
        Assert.Equal(11, XlLinter.LintText(many, options: new LintOptions { MaxDiagnostics = 10 }).Config.Diagnostics.Count);
    }

    [Fact]
    public void Options_are_checked_and_clamped()
    {
        Assert.Throws<ArgumentNullException>(() => new LintOptions { Domains = null! });
        Assert.Throws<ArgumentNullException>(() => new LintOptions { Rules = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LintOptions { MaxDiagnostics = -1 });
        Assert.Equal(XlReaderOptions.MaxDepthLimit, new LintOptions { MaxDepth = int.MaxValue }.MaxDepth);
        Assert.Equal(1, new LintOptions { MaxDepth = 0 }.MaxDepth);
        Assert.Same(XlReaderOptions.Default, LintOptions.Default.ToReaderOptions());
        Assert.Same(DomainTable.Default, LintOptions.Default.ToChannelOptions().Domains);
    }

    [Fact]
    public void A_missing_file_is_the_exception_File_ReadAllBytes_documents()
    {
        Assert.Throws<FileNotFoundException>(() => XlLinter.LintFile(Path.Combine(Path.GetTempPath(), $"xlchan-missing-{Guid.NewGuid():N}.cfg")));
        Assert.Throws<UnauthorizedAccessException>(() => XlLinter.LintFile(Path.GetTempPath()));
    }

    private static string Describe(LintResult result) =>
        $"{result.Verdict}|{string.Join(';', result.Config.Settings.Select(s => s.ToString()))}|"
        + $"{string.Join(';', result.Channels.Channels.Select(c => $"{c.Devid}:{c.Name}:{c.Connection}:{c.Path}:{c.BackendDomid}"))}|"
        + string.Join(';', result.Diagnostics.Select(d => d.ToString()));
}
