using System.Text.RegularExpressions;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Reporting;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Golden;

/// <summary>docs/xl-channel.md cannot drift from the code: its generated blocks equal what the library renders.</summary>
public sealed partial class DocumentationDriftTests
{
    private const string DocPath = "docs/xl-channel.md";

    [Fact]
    public void The_diagnostics_reference_is_the_catalogue()
    {
        AssertBlock("diagnostics", RuleDocumentation.ToMarkdown(DiagnosticCatalog.All));
    }

    [Fact]
    public void The_output_examples_are_what_the_tool_produces()
    {
        const string sample = "samples/cloud-first-boot.cfg";
        var result = XlLinter.Lint(new SourceText(sample, File.ReadAllBytes(Path.Combine(GoldenFile.RepositoryRoot, sample))));
        AssertBlock("example-xenstore", Fence(XenstoreWriter.ToListing(XenstoreEmitter.Nodes(result.Channels))));
        AssertBlock("example-libxl-json", Fence(LibxlJsonWriter.ToDomainConfig(result.Channels.XlChannels, LibxlJsonStyle.Yajl)));
        AssertBlock("example-libxl-json-list-l", Fence(LibxlJsonWriter.ToDomainConfig(result.Channels.Channels, LibxlJsonStyle.Yajl)));
        AssertBlock("example-qemu", Fence(ShellCommandLine.RenderOptionLines(QemuChardevEmitter.Arguments(result.Channels))));
    }

    [Fact]
    public void The_libvirt_kvm_and_guest_examples_are_what_the_tool_produces()
    {
        var analysis = ChannelConfig.Channels.ChannelAnalyzer.Analyze(ChannelConfig.Configuration.XlConfigReader.Parse(Emitters.EmitterExamples.WebServer, "web-01.cfg"));
        AssertBlock("example-libvirt-xen", Fence(ChannelConfig.Emitters.Libvirt.LibvirtXenChannelEmitter.Format(analysis).Xml, "xml"));
        var args = KvmQemuChannelEmitter.Arguments(analysis);
        AssertBlock("example-kvm-args", Fence(ShellCommandLine.RenderOptionLines(args)));
        AssertBlock("example-kvm-command", Fence(ShellCommandLine.Render(["qemu-system-x86_64", .. args]) + "\n"));
        // Given through the API: xl itself splits an item at every comma.
        var odd = Emitters.EmitterExamples.Channel(ChannelConfig.Channels.ChannelConnection.Socket, "org.example.it's,odd", "/run/vm 1/a,b.sock");
        AssertBlock("example-kvm-command-quoting", Fence(ShellCommandLine.Render(["qemu-system-x86_64", .. KvmQemuChannelEmitter.Arguments([odd])]) + "\n"));
        AssertBlock("example-kvm-libvirt", Fence(ChannelConfig.Emitters.Kvm.KvmLibvirtChannelEmitter.Format(analysis).Xml, "xml"));
        AssertBlock("example-udev", Fence(ChannelConfig.Emitters.Guest.GuestChannelLinkEmitter.Script(analysis), "sh"));
    }

    private static string Fence(string text, string language = "") => "```" + language + "\n" + text + (text.EndsWith('\n') ? string.Empty : "\n") + "```\n";

    [Fact]
    public void Every_documented_code_exists()
    {
        string doc = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot, DocPath));
        foreach (Match m in CodeReference().Matches(doc))
        {
            Assert.True(DiagnosticCatalog.TryFind(m.Value, out _), $"{DocPath} mentions {m.Value}, which is not a rule");
        }
    }

    /// <summary>Checks (or, with UPDATE_GOLDEN=1, rewrites) the text between the block's markers.</summary>
    internal static void AssertBlock(string name, string content)
    {
        string path = Path.Combine(GoldenFile.RepositoryRoot, DocPath);
        string doc = File.ReadAllText(path);
        string begin = $"<!-- BEGIN GENERATED: {name} -->\n";
        string end = $"<!-- END GENERATED: {name} -->";
        int start = doc.IndexOf(begin, StringComparison.Ordinal);
        int stop = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{DocPath} has no block '{name}'");
        string current = doc[(start + begin.Length)..stop];
        if (GoldenFile.Updating)
        {
            File.WriteAllText(path, doc[..(start + begin.Length)] + content + doc[stop..]);
            return;
        }

        GoldenFile.AssertEqualText($"{DocPath} block '{name}'", current, content);
    }

    [GeneratedRegex(@"\bXLC[0-9]{4}\b")]
    private static partial Regex CodeReference();
}
