using System.Xml.Linq;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Emitters;

/// <summary>xl.cfg channels to libvirt's Xen <c>&lt;channel&gt;</c> elements.</summary>
public sealed class LibvirtXenExportTests
{
    private static LibvirtChannelXml Export(string cfg, ChannelOptions? options = null) =>
        LibvirtXenChannelEmitter.Format(EmitterExamples.Analyze(cfg, options));

    /// <summary>Parses the elements inside a <c>&lt;devices&gt;</c> wrapper, as libvirt would read them.</summary>
    private static List<XElement> Parse(string xml) =>
        XDocument.Parse("<devices>\n" + xml + "</devices>").Root!.Elements("channel").ToList();

    [Fact]
    public void A_socket_and_a_pty_channel_match_the_golden_file()
    {
        var result = Export(EmitterExamples.WebServer);
        Assert.Empty(result.Diagnostics);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/libvirt-xen-web-01.xml", result.Xml);
    }

    [Fact]
    public void Backend_is_left_out_with_a_warning_and_no_comment()
    {
        var result = Export(EmitterExamples.DriverDomainGuest, new ChannelOptions { Domains = new DomainTable([new("net-driver", 3)]) });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.LibvirtBackendDropped.Id, d.Code);
        Assert.Equal((3, 14), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.Contains("`net-driver`", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", result.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("net-driver", result.Xml, StringComparison.Ordinal);
        Assert.False(result.HasErrors);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/libvirt-xen-tenant-42.xml", result.Xml);
    }

    [Theory]
    [InlineData("backend=0")]
    [InlineData("backend=Domain-0")]
    public void A_backend_that_is_the_toolstack_domain_loses_nothing(string backend)
    {
        var result = Export($"channel = [ \"{backend},connection=pty,name=org.example.a.0\" ]\n");
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(EmitterExamples.HostileNames), MemberType = typeof(EmitterExamples))]
    public void Hostile_names_and_paths_from_a_config_round_trip_through_an_xml_reader(string value)
    {
        string cfg = $"channel = [ {EmitterExamples.XlQuoted("connection=socket,path=/run/" + value + ".sock,name=" + value)} ]\n";
        var analysis = EmitterExamples.Analyze(cfg);
        var channel = Assert.Single(analysis.Channels);
        Assert.Equal(value, channel.Name);

        var result = LibvirtXenChannelEmitter.Format(analysis);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCatalog.LibvirtControlCharacter.Id);
        var element = Assert.Single(Parse(result.Xml));
        Assert.Equal(value, (string?)element.Element("target")!.Attribute("name"));
        Assert.Equal("/run/" + value + ".sock", (string?)element.Element("source")!.Attribute("path"));
    }

    [Fact]
    public void Quotes_markup_and_line_breaks_are_escaped_so_that_xml_readers_keep_them()
    {
        var result = LibvirtXenChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Pty, "'\"<>&]]>\t\n\r x")]);
        Assert.Equal(
            "    <channel type='pty'>\n      <target type='xen' name='&apos;&quot;&lt;&gt;&amp;]]&gt;&#9;&#10;&#13; x'/>\n    </channel>\n",
            result.Xml);
        Assert.Equal("'\"<>&]]>\t\n\r x", (string?)Parse(result.Xml)[0].Element("target")!.Attribute("name"));
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_left_out_with_an_error()
    {
        var result = LibvirtXenChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Socket, "a\u0001b", "/run/\u001bx.sock")]);
        Assert.Equal([DiagnosticCatalog.LibvirtControlCharacter.Id, DiagnosticCatalog.LibvirtControlCharacter.Id], result.Diagnostics.Select(d => d.Code));
        Assert.True(result.HasErrors);
        var element = Assert.Single(Parse(result.Xml));
        Assert.Equal("ab", (string?)element.Element("target")!.Attribute("name"));
        Assert.Contains("0x1B", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains(@"/run/\x1bx.sock", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Surrogate_pairs_are_kept_and_lone_surrogates_are_dropped()
    {
        var result = LibvirtXenChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Pty, "🙂\ud800")]);
        Assert.Equal("🙂", (string?)Parse(result.Xml)[0].Element("target")!.Attribute("name"));
        Assert.Equal(DiagnosticCatalog.LibvirtControlCharacter.Id, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_channel_without_a_name_gets_a_target_without_one_and_an_error()
    {
        var result = LibvirtXenChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Pty, null)]);
        Assert.Equal("    <channel type='pty'>\n      <target type='xen'/>\n    </channel>\n", result.Xml);
        Assert.Equal(DiagnosticCatalog.LibvirtChannelWithoutName.Id, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_channel_without_a_connection_is_left_out_with_an_error()
    {
        var result = LibvirtXenChannelEmitter.Format([
            EmitterExamples.Channel(ChannelConnection.Unknown, "org.example.a.0"),
            EmitterExamples.Channel(ChannelConnection.Pty, "org.example.b.0", index: 1)]);
        Assert.Equal(DiagnosticCatalog.LibvirtChannelNotExported.Id, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["org.example.b.0"], Parse(result.Xml).Select(e => (string?)e.Element("target")!.Attribute("name")));
    }

    [Theory]
    [InlineData("channel = [ \"connection=socket,name=org.example.a.0\" ]\n")]
    [InlineData("channel = [ \"connection=pty\" ]\n")]
    [InlineData("channel = [ \"\" ]\n")]
    public void A_configuration_xl_or_libxl_reject_is_not_converted(string cfg)
    {
        var result = Export(cfg);
        Assert.Empty(result.Xml);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.LibvirtChannelNotExported.Id, d.Code);
        Assert.Equal(1, d.Span.Start.Line);
    }

    [Fact]
    public void The_indentation_can_be_chosen_and_no_channel_gives_no_text()
    {
        var result = LibvirtXenChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Pty, "org.example.a.0")], indent: 0);
        Assert.StartsWith("<channel type='pty'>\n  <target", result.Xml, StringComparison.Ordinal);
        Assert.Empty(Export("memory = 512\n").Xml);
        Assert.Throws<ArgumentOutOfRangeException>(() => LibvirtXenChannelEmitter.Format([], indent: -1));
    }

    [Fact]
    public void The_lost_first_channel_of_Xen_4_20_0_is_still_converted()
    {
        var result = Export(EmitterExamples.WebServer, new ChannelOptions { Version = new XenVersion(4, 20, 0) });
        Assert.Equal(2, Parse(result.Xml).Count);
    }
}
