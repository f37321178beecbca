using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Syntax;
using ChannelConfig.Text;
using ChannelConfig.Tests.Golden;
using ChannelConfig.Import;

namespace ChannelConfig.Tests.Emitters;

/// <summary>libvirt's own test pairs (tests/xlconfigdata/test-channel-*.{cfg,xml}), in both directions, byte for byte.</summary>
public sealed class LibvirtRoundTripTests
{
    private static string PeerFile(string name) =>
        Path.Combine(AppContext.BaseDirectory, "data", "peers", "libvirt-xlconfigdata", name);

    /// <summary>The <c>&lt;channel&gt;</c> elements of a domain XML file, as they are written there.</summary>
    private static string ChannelElements(string xml)
    {
        var lines = xml.Split('\n');
        var kept = new List<string>();
        bool inside = false;
        foreach (string line in lines)
        {
            inside |= line.StartsWith("    <channel", StringComparison.Ordinal);
            if (inside)
            {
                kept.Add(line + "\n");
            }

            inside &= line != "    </channel>";
        }

        return string.Concat(kept);
    }

    private static string ChannelLine(string cfg) =>
        cfg.Split('\n').Single(l => l.StartsWith("channel = ", StringComparison.Ordinal));

    [Theory]
    [InlineData("test-channel-pty")]
    [InlineData("test-channel-unix")]
    public void Cfg_to_xml_gives_libvirts_channel_elements(string test)
    {
        string cfg = File.ReadAllText(PeerFile(test + ".cfg"));
        var analysis = EmitterExamples.Analyze(cfg);
        Assert.Equal(XlVerdict.Accepted, analysis.Verdict);
        var result = LibvirtXenChannelEmitter.Format(analysis);
        Assert.Empty(result.Diagnostics);
        string expected = ChannelElements(File.ReadAllText(PeerFile(test + ".xml")));
        Assert.NotEmpty(expected);
        GoldenFile.AssertEqualText(test + ".xml channels", expected, result.Xml);
    }

    [Theory]
    [InlineData("test-channel-pty")]
    [InlineData("test-channel-unix")]
    public void Xml_to_cfg_gives_libvirts_channel_line(string test)
    {
        byte[] xml = File.ReadAllBytes(PeerFile(test + ".xml"));
        var result = LibvirtXenChannelImporter.Import(new SourceText(test + ".xml", xml));
        Assert.Empty(result.Diagnostics);
        string expected = ChannelLine(File.ReadAllText(PeerFile(test + ".cfg")));
        Assert.Equal(expected, result.ChannelLine);
    }

    [Fact]
    public void Our_own_examples_survive_cfg_to_xml_to_cfg()
    {
        var analysis = EmitterExamples.Analyze(EmitterExamples.WebServer);
        string xml = "<domain type='xen'>\n  <name>web-01</name>\n  <devices>\n" + LibvirtXenChannelEmitter.Format(analysis).Xml + "  </devices>\n</domain>\n";
        var back = LibvirtXenChannelImporter.Parse(xml);
        Assert.Empty(back.Diagnostics);
        Assert.Equal(
            "channel = [ \"connection=socket,path=/run/xen/web-01-qga.sock,name=org.qemu.guest_agent.0\", \"connection=pty,name=org.xenproject.guest.clipboard.0.1\" ]",
            back.ChannelLine);
    }

    [Theory]
    [MemberData(nameof(EmitterExamples.HostileNames), MemberType = typeof(EmitterExamples))]
    public void Hostile_values_survive_cfg_to_xml_to_cfg(string value)
    {
        string cfg = $"channel = [ {EmitterExamples.XlQuoted("connection=socket,path=/run/" + value + ".sock,name=" + value)} ]\n";
        var xml = "<domain type='xen'><devices>" + LibvirtXenChannelEmitter.Format(EmitterExamples.Analyze(cfg)).Xml + "</devices></domain>";
        var line = LibvirtXenChannelImporter.Parse(xml).ChannelLine!;
        var channel = Assert.Single(EmitterExamples.Analyze(line + "\n").Channels);
        Assert.Equal(value, channel.Name);
        Assert.Equal("/run/" + value + ".sock", channel.Path);
    }
}
