using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Syntax;
using ChannelConfig.Tests.Golden;
using ChannelConfig.Import;

namespace ChannelConfig.Tests.Import;

/// <summary>libvirt domain XML to an xl <c>channel</c> line, and where we do better than libvirt's converter.</summary>
public sealed class LibvirtXenImportTests
{
    /// <summary>A Xen domain whose channels show every case libvirt's converter gets wrong or passes over.</summary>
    private const string MixedDomain = """
        <domain type='xen'>
          <name>mixed</name>
          <devices>
            <console type='pty'>
              <target type='xen' port='0'/>
            </console>
            <channel type='unix'>
              <source mode='bind' path='/run/xen/mixed-qga.sock'/>
              <target type='xen' name='org.qemu.guest_agent.0'/>
            </channel>
            <channel type='pty'>
              <source path='/dev/pts/7'/>
              <target type='xen' name='org.xenproject.guest.clipboard.0.1'/>
            </channel>
            <channel type='unix'>
              <source mode='bind' path='/var/lib/libvirt/qemu/channel/target/mixed.org.qemu.guest_agent.0'/>
              <target type='virtio' name='org.qemu.guest_agent.0'/>
            </channel>
            <channel type='tcp'>
              <source mode='bind' host='127.0.0.1' service='4555'/>
              <target type='xen' name='org.example.tcp.0'/>
            </channel>
            <channel type='unix'>
              <target type='xen' name='org.example.auto.0'/>
            </channel>
            <channel type='unix'>
              <source mode='connect' path='/run/agent,v2.sock'/>
              <target type='xen' name='org.example.agent.0 '/>
            </channel>
          </devices>
        </domain>
        """;

    private static LibvirtChannelImport Import(string xml, LibvirtImportOptions? options = null) =>
        LibvirtXenChannelImporter.Parse(xml, "domain.xml", options);

    private static string Domain(string channels, string type = "xen") =>
        $"<domain type='{type}'>\n  <name>guest</name>\n  <devices>\n{channels}  </devices>\n</domain>\n";

    private static string XenChannel(string sourceType, string? path, string? name) =>
        $"    <channel type='{sourceType}'>\n"
        + (path is null ? string.Empty : $"      <source mode='bind' path='{Escape(path)}'/>\n")
        + (name is null ? "      <target type='xen'/>\n" : $"      <target type='xen' name='{Escape(name)}'/>\n")
        + "    </channel>\n";

    private static string Escape(string value) =>
        LibvirtXmlText.EscapeAttribute(value, out _);

    /// <summary>Reads a produced line with our own xl reader and libxl set-up.</summary>
    private static ChannelAnalysis ReadBack(string line) =>
        ChannelAnalyzer.Analyze(XlConfigReader.Parse(line + "\n", "imported.cfg"));

    private static string Render(LibvirtChannelImport result) =>
        (result.ChannelLine ?? "(no channel line)") + "\n"
        + string.Concat(result.Diagnostics.Select(d => $"domain.xml:{d.Span.Start.Line}:{d.Span.Start.Column}: {ChannelConfig.Diagnostics.Diagnostic.SeverityName(d.Severity)} {d.Code}: {d.Message}\n"));

    [Fact]
    public void A_domain_with_every_kind_of_channel_matches_the_golden_file()
    {
        var result = Import(MixedDomain);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/libvirt-import-mixed.txt", Render(result));
        Assert.True(result.HasErrors);
        Assert.Equal(
            [DiagnosticCatalog.LibvirtNonXenChannel.Id, DiagnosticCatalog.LibvirtUnsupportedChannelSource.Id, DiagnosticCatalog.LibvirtSocketWithoutPath.Id, DiagnosticCatalog.LibvirtConnectModeSocket.Id, DiagnosticCatalog.LibvirtValueWithComma.Id, DiagnosticCatalog.LibvirtValueTrimmed.Id],
            result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void The_line_of_a_clean_domain_reads_back_to_the_same_channels()
    {
        string xml = Domain(XenChannel("unix", "/run/xen/guest-qga.sock", "org.qemu.guest_agent.0") + XenChannel("pty", null, "org.xenproject.guest.clipboard.0.1"));
        var result = Import(xml);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "channel = [ \"connection=socket,path=/run/xen/guest-qga.sock,name=org.qemu.guest_agent.0\", \"connection=pty,name=org.xenproject.guest.clipboard.0.1\" ]",
            result.ChannelLine);
        var back = ReadBack(result.ChannelLine!);
        Assert.Equal(XlVerdict.Accepted, back.Verdict);
        Assert.Equal(["org.qemu.guest_agent.0", "org.xenproject.guest.clipboard.0.1"], back.Channels.Select(c => c.Name));
        Assert.Equal(["/run/xen/guest-qga.sock", null], back.Channels.Select(c => c.Path));
        Assert.Equal([ChannelConnection.Socket, ChannelConnection.Pty], back.Channels.Select(c => c.Connection));
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("say \"hi\"")]
    [InlineData("both ' and \"")]
    [InlineData("back\\slash\\0123")]
    [InlineData("$(touch pwned) `id` #x [a] ;b")]
    [InlineData("ünïcødé.名前.🙂")]
    [InlineData("a=b")]
    [InlineData("tab\tinside")]
    [InlineData("new\nline")]
    [InlineData("cr\r.")]
    [InlineData("del\u007f.")]
    public void Values_xl_can_hold_read_back_unchanged(string value)
    {
        string path = "/run/" + value + ".sock";
        var result = Import(Domain(XenChannel("unix", path, value)));
        var back = ReadBack(result.ChannelLine!);
        Assert.Equal(XlVerdict.Accepted, back.Verdict);
        var channel = Assert.Single(back.Channels);
        Assert.Equal(value, channel.Name);
        Assert.Equal(path, channel.Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCatalog.LibvirtValueWithComma.Id || d.Code == DiagnosticCatalog.LibvirtValueTrimmed.Id);
    }

    [Theory]
    [InlineData("plain", "\"connection=pty,name=plain\"")]
    [InlineData("say \"hi\"", "'connection=pty,name=say \"hi\"'")]
    [InlineData("both ' and \"", "\"connection=pty,name=both ' and \\\"\"")]
    [InlineData("back\\slash", "\"connection=pty,name=back\\\\slash\"")]
    [InlineData("new\nline", "\"connection=pty,name=new\\nline\"")]
    public void Strings_are_quoted_like_libvirt_where_libvirt_is_right_and_escaped_where_it_is_not(string name, string quoted)
    {
        var result = Import(Domain(XenChannel("pty", null, name)));
        Assert.Equal($"channel = [ {quoted} ]", result.ChannelLine);
    }

    [Theory]
    [InlineData("org.example.a,b.0", nameof(DiagnosticCatalog.LibvirtValueWithComma), true)]
    [InlineData("org.example.a=b.0", nameof(DiagnosticCatalog.LibvirtValueWithEquals), false)]
    [InlineData("org.example.\"a\".0", nameof(DiagnosticCatalog.LibvirtValueWithQuote), false)]
    [InlineData(" org.example.a.0", nameof(DiagnosticCatalog.LibvirtValueTrimmed), true)]
    [InlineData("org.example.a.0\t", nameof(DiagnosticCatalog.LibvirtValueTrimmed), true)]
    [InlineData("org.example\ta.0", nameof(DiagnosticCatalog.LibvirtControlCharacter), true)]
    public void Names_xl_misreads_or_that_break_consumers_are_reported(string name, string rule, bool error)
    {
        string code = TestConfigs.CodeOf(rule);
        var result = Import(Domain(XenChannel("pty", null, name)));
        var d = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(error, result.HasErrors);
        Assert.Equal((5, 26), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.NotNull(result.ChannelLine);
    }

    [Fact]
    public void A_comma_is_written_as_libvirt_writes_it_so_that_xl_fails_loudly()
    {
        var result = Import(Domain(XenChannel("unix", "/run/a,b.sock", "org.example.a.0")));
        Assert.Equal("channel = [ \"connection=socket,path=/run/a,b.sock,name=org.example.a.0\" ]", result.ChannelLine);
        Assert.Equal(XlVerdict.Rejected, ReadBack(result.ChannelLine!).Verdict);
    }

    [Fact]
    public void A_unix_channel_without_a_path_is_an_error_unless_a_channel_directory_fills_it_in()
    {
        string xml = Domain(XenChannel("unix", null, "org.qemu.guest_agent.0"));
        var plain = Import(xml);
        Assert.Equal("channel = [ \"connection=socket,name=org.qemu.guest_agent.0\" ]", plain.ChannelLine);
        var d = Assert.Single(plain.Diagnostics);
        Assert.Equal(DiagnosticCatalog.LibvirtSocketWithoutPath.Id, d.Code);
        Assert.Contains("/var/lib/libvirt/libxl/channel/target/guest-org.qemu.guest_agent.0", d.Message, StringComparison.Ordinal);
        Assert.Equal(XlVerdict.Rejected, ReadBack(plain.ChannelLine!).Verdict);

        var filled = Import(xml, new LibvirtImportOptions { ChannelDirectory = "/var/lib/libvirt/libxl/channel/target/" });
        Assert.Equal("channel = [ \"connection=socket,path=/var/lib/libvirt/libxl/channel/target/guest-org.qemu.guest_agent.0,name=org.qemu.guest_agent.0\" ]", filled.ChannelLine);
        Assert.Equal(DiagnosticCatalog.LibvirtSocketPathFilledIn.Id, Assert.Single(filled.Diagnostics).Code);
        Assert.False(filled.HasErrors);
        Assert.Equal(XlVerdict.Accepted, ReadBack(filled.ChannelLine!).Verdict);
    }

    [Fact]
    public void An_empty_path_counts_as_missing_and_a_nameless_socket_gets_libvirts_unknown_sock()
    {
        string xml = Domain("    <channel type='unix'>\n      <source mode='bind' path=''/>\n      <target type='xen'/>\n    </channel>\n");
        var result = Import(xml, new LibvirtImportOptions { ChannelDirectory = "/run/ch" });
        Assert.Equal("channel = [ \"connection=socket,path=/run/ch/guest-unknown.sock\" ]", result.ChannelLine);
        Assert.Equal([DiagnosticCatalog.LibvirtSocketPathFilledIn.Id, DiagnosticCatalog.LibvirtChannelWithoutName.Id], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_channel_without_a_name_is_written_without_name_and_reported()
    {
        var result = Import(Domain(XenChannel("pty", null, null)));
        Assert.Equal("channel = [ \"connection=pty\" ]", result.ChannelLine);
        Assert.Equal(DiagnosticCatalog.LibvirtChannelWithoutName.Id, Assert.Single(result.Diagnostics).Code);
        Assert.DoesNotContain("(null)", result.ChannelLine, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_without_a_type_is_a_pty_as_for_libvirt()
    {
        var result = Import(Domain("    <channel>\n      <target type='xen' name='org.example.a.0'/>\n    </channel>\n"));
        Assert.Equal("channel = [ \"connection=pty,name=org.example.a.0\" ]", result.ChannelLine);
    }

    [Fact]
    public void Channels_of_a_kvm_domain_are_skipped_with_warnings_and_no_line()
    {
        string xml = Domain(
            "    <channel type='unix'>\n      <source mode='bind'/>\n      <target type='virtio' name='org.qemu.guest_agent.0'/>\n    </channel>\n"
            + "    <channel type='spicevmc'>\n      <target type='virtio' name='com.redhat.spice.0'/>\n    </channel>\n", "kvm");
        var result = Import(xml);
        Assert.Null(result.ChannelLine);
        Assert.Empty(result.Specs);
        Assert.Equal([DiagnosticCatalog.LibvirtNotXenDomain.Id, DiagnosticCatalog.LibvirtNonXenChannel.Id, DiagnosticCatalog.LibvirtNonXenChannel.Id, DiagnosticCatalog.LibvirtNoXenChannels.Id], result.Diagnostics.Select(d => d.Code));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_domain_without_channels_gives_no_line()
    {
        var result = Import(Domain(string.Empty));
        Assert.Null(result.ChannelLine);
        Assert.Equal(ChannelConfig.Diagnostics.DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("<domain type='xen'><devices><channel type='pty'></devices></domain>", 1, 51)]
    [InlineData("<domain type='xen'>\n  <devices>\n    <channel type='pty'>\n  </devices>\n</domain>\n", 4, 5)]
    [InlineData("", 0, 0)]
    public void Malformed_xml_is_an_error_with_its_position(string xml, int line, int column)
    {
        var result = Import(xml);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.LibvirtXmlUnreadable.Id, d.Code);
        if (line > 0)
        {
            Assert.Equal((line, column), (d.Span.Start.Line, d.Span.Start.Column));
        }

        Assert.Null(result.ChannelLine);
    }

    [Fact]
    public void A_dtd_is_refused_so_entities_cannot_expand()
    {
        string xml = "<?xml version='1.0'?>\n<!DOCTYPE domain [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>\n"
            + "<domain type='xen'><devices><channel type='pty'><target type='xen' name='&b;'/></channel></devices></domain>\n";
        var result = Import(xml);
        Assert.Equal(DiagnosticCatalog.LibvirtXmlUnreadable.Id, Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.ChannelLine);
    }

    [Fact]
    public void A_document_that_is_not_a_domain_is_refused()
    {
        var result = Import("<network><name>default</name></network>");
        Assert.Equal(DiagnosticCatalog.LibvirtXmlUnreadable.Id, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Positions_count_characters_after_multibyte_text()
    {
        string xml = "<domain type='xen'><name>é名</name><devices><channel type='pty'><target type='xen' name='a,b'/></channel></devices></domain>";
        var result = Import(xml);
        var d = Assert.Single(result.Diagnostics);
        int expected = xml.IndexOf("name='a", StringComparison.Ordinal) + 1;
        Assert.Equal((1, expected), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.Equal(Encoding.UTF8.GetByteCount(xml[..(expected - 1)]), d.Span.Start.Offset);
        Assert.Equal("name", LibvirtXenChannelImporter.Import(new ChannelConfig.Text.SourceText("d.xml", Encoding.UTF8.GetBytes(xml))).Diagnostics[0].Span is var s
            ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(xml).AsSpan(s.Start.Offset, s.Length)) : null);
    }
}
