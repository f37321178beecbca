using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Import;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 12: <c>import-libvirt</c> in linear time (one-line XML with 10,000 channels took
/// 96 s: every span decoded its whole line; two million attributes 85 s, 40,000 nested elements
/// 15.6 s inside the XML library), with capped diagnostics and limits that say what is wrong.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ImportLimitsTests
{
    [Fact]
    public void Channels_on_one_line_import_in_linear_time() =>
        Measure.AssertLinear(n => Encoding.UTF8.GetBytes(OneLine(n / 120, Channel)), 60_000, Import);

    [Fact]
    public void Diagnostics_for_non_xen_channels_on_one_line_in_linear_time() =>
        Measure.AssertLinear(n => Encoding.UTF8.GetBytes(OneLine(n / 60, i => $"<channel type='pty'><target type='virtio' name='a{i}'/></channel>")), 60_000, Import);

    [Fact]
    public void Diagnostics_are_capped_with_a_note_of_the_worst_severity_left_out()
    {
        var result = LibvirtXenChannelImporter.Import(Xml(OneLine(3000, i => $"<channel type='pty'><target type='virtio' name='a{i}'/></channel>")));
        Assert.Equal(LibvirtXenChannelImporter.MaxDiagnostics + 2, result.Diagnostics.Count);
        var note = result.Diagnostics[LibvirtXenChannelImporter.MaxDiagnostics];
        Assert.Equal(DiagnosticCatalog.TooManyDiagnostics.Id, note.Code);
        Assert.Equal(DiagnosticSeverity.Warning, note.Severity);
        Assert.Contains("(2000)", note.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCatalog.LibvirtNoXenChannels.Id, result.Diagnostics[^1].Code);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_capped_error_keeps_the_import_in_error()
    {
        // 1,000 warnings first, then a channel whose name has a comma (an error, XLC0208).
        string channels = OneLine(1000, i => $"<channel type='pty'><target type='virtio' name='a{i}'/></channel>")
            .Replace("</devices>", "<channel type='pty'><target type='xen' name='a,b'/></channel></devices>", StringComparison.Ordinal);
        var result = LibvirtXenChannelImporter.Import(Xml(channels));
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics[LibvirtXenChannelImporter.MaxDiagnostics].Severity);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData(255, false)]
    [InlineData(256, true)]
    [InlineData(40_000, true)]
    public void Nesting_beyond_the_limit_is_refused_with_a_clear_error(int depth, bool refused)
    {
        string xml = "<domain type='xen'>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</domain>\n";
        var result = LibvirtXenChannelImporter.Import(Xml(xml));
        var tooDeep = result.Diagnostics.Where(d => d.Code == DiagnosticCatalog.LibvirtXmlTooComplex.Id).ToList();
        Assert.Equal(refused, tooDeep.Count == 1);
        if (refused)
        {
            Assert.Contains("nested more than 256 levels deep", tooDeep[0].Message, StringComparison.Ordinal);
            Assert.Equal(20 + (3 * 255), tooDeep[0].Span.Start.Column);
        }
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    [InlineData(2_000_000, true)]
    public void An_element_with_too_many_attributes_is_refused_before_it_is_read(int attributes, bool refused)
    {
        string xml = "<domain type='xen'><devices><channel type='pty'><!-- a=1 b=2 --><target type='xen' name='x' "
            + string.Join(' ', Enumerable.Range(0, attributes - 2).Select(i => $"a{i}='='"))
            + "/></channel></devices></domain>\n";
        var result = LibvirtXenChannelImporter.Import(Xml(xml));
        Assert.Equal(refused, result.Diagnostics.Any(d => d.Code == DiagnosticCatalog.LibvirtXmlTooComplex.Id));
        Assert.Equal(!refused, result.ChannelLine is not null);
    }

    [Fact]
    public void Spans_on_a_long_line_with_characters_beyond_the_bmp_are_exact()
    {
        // 🙂 is two UTF-16 units and four UTF-8 bytes: checkpoints every 4,096 units must not split it.
        string filler = string.Concat(Enumerable.Repeat("<!--🙂🙂🙂-->", 3000));
        string xml = "<domain type='xen'><devices>" + filler + "<channel type='pty'><target type='virtio' name='a'/></channel></devices></domain>";
        var result = LibvirtXenChannelImporter.Import(Xml(xml));
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCatalog.LibvirtNonXenChannel.Id);
        int offset = Encoding.UTF8.GetByteCount(xml[..xml.IndexOf("<target", StringComparison.Ordinal)]);
        Assert.Equal(offset, d.Span.Start.Offset);
        Assert.Equal(offset + "<target".Length, d.Span.End.Offset);
    }

    private static string Channel(int i) =>
        $"<channel type='unix'><source mode='bind' path='/run/a{i}.sock'/><target type='xen' name='org.example.a.{i}'/></channel>";

    private static string OneLine(int count, Func<int, string> channel) =>
        "<domain type='xen'><name>d</name><devices>" + string.Concat(Enumerable.Range(0, count).Select(channel)) + "</devices></domain>\n";

    private static SourceText Xml(string text) => new("domain.xml", Encoding.UTF8.GetBytes(text));

    private static void Import(byte[] input) => _ = LibvirtXenChannelImporter.Import(new SourceText("domain.xml", input));
}
