using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Conformance;

/// <summary>
/// The emitters against what libxl really wrote and printed on every recorded case: xenstore node
/// for node (path, value, permissions, whether set explicitly), QEMU's arguments, and the libxl
/// JSON texts byte for byte (yajl and json-c); for the vectors also under Xen 4.20.0 and 4.17.0.
/// </summary>
public sealed class EmitterConformanceTests
{
    public static TheoryData<string> Cases => ChannelConformanceTests.Cases();

    public static TheoryData<string, string> LegacyCases => ChannelConformanceTests.LegacyCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Xenstore_qemu_and_json_equal_libxls(string id)
    {
        var c = ConformanceCase.Get(id);
        var xl = c.Xl!.Value;
        var libxl = xl.TryGetProperty("libxl", out var l) ? l : xl;
        uint domid = xl.TryGetProperty("domid", out var d) ? d.GetUInt32() : 1;
        var analysis = Analyze(c, XenVersion.Newest, domid);

        if (libxl.TryGetProperty("xenstore", out var xenstore) && xenstore.ValueKind == JsonValueKind.Array)
        {
            var expected = xenstore.EnumerateArray()
                .Select(n => $"{n.GetProperty("path").GetString()} = \"{n.GetProperty("value").GetString()}\" ({n.GetProperty("perms").GetString()}{(n.TryGetProperty("perms_explicit", out var e) && e.GetBoolean() ? ", explicit" : string.Empty)})")
                .Order(StringComparer.Ordinal);
            var actual = XenstoreEmitter.Nodes(analysis)
                .Select(n => $"{n.Path} = \"{n.Value}\" ({n.Permissions}{(n.Explicit ? ", explicit" : string.Empty)})")
                .Order(StringComparer.Ordinal);
            Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        }

        if (libxl.TryGetProperty("qemu_args", out var qemu) && qemu.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(qemu.EnumerateArray().Select(a => a.GetString()), QemuChardevEmitter.Arguments(analysis));
        }

        if (libxl.TryGetProperty("channels_json_after", out var after) && after.ValueKind == JsonValueKind.Array)
        {
            var texts = after.EnumerateArray().ToList();
            Assert.Equal(texts.Count, analysis.Channels.Count);
            for (int i = 0; i < texts.Count; i++)
            {
                Assert.Equal(texts[i].GetProperty("yajl").GetString(), LibxlJsonWriter.ToJson(analysis.Channels[i], LibxlJsonStyle.Yajl));
                Assert.Equal(texts[i].GetProperty("jsonc").GetString(), LibxlJsonWriter.ToJson(analysis.Channels[i], LibxlJsonStyle.JsonC));
            }
        }

        if (xl.TryGetProperty("xl_channels_json", out var before) && before.ValueKind == JsonValueKind.Array)
        {
            var texts = before.EnumerateArray().ToList();
            Assert.Equal(texts.Count, analysis.XlChannels.Count);
            for (int i = 0; i < texts.Count; i++)
            {
                Assert.Equal(texts[i].GetProperty("yajl").GetString(), LibxlJsonWriter.ToJson(analysis.XlChannels[i], LibxlJsonStyle.Yajl));
                Assert.Equal(texts[i].GetProperty("jsonc").GetString(), LibxlJsonWriter.ToJson(analysis.XlChannels[i], LibxlJsonStyle.JsonC));
            }
        }

        if (xl.TryGetProperty("json_yajl", out var yajl) && yajl.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(yajl.EnumerateArray().Select(t => t.GetString()), analysis.Channels.Select(ch => LibxlJsonWriter.ToJson(ch, LibxlJsonStyle.Yajl)));
        }
    }

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void Older_releases_write_their_frontends_and_qemu_arguments(string id, string release)
    {
        var c = ConformanceCase.Get(id);
        var summary = c.Root.GetProperty("xlchan_legacy_summary").GetProperty(release);
        Assert.True(XenVersion.TryParse(release["RELEASE-".Length..], out var version));
        uint domid = c.Xl?.TryGetProperty("domid", out var d) == true ? d.GetUInt32() : 1;
        var analysis = Analyze(c, version, domid);
        if (summary.TryGetProperty("frontends", out var frontends) && frontends.ValueKind == JsonValueKind.Array)
        {
            var actual = XenstoreEmitter.Nodes(analysis)
                .Where(n => n.Path.LastIndexOf("/device/console/", StringComparison.Ordinal) is int i and >= 0 && n.Path[(i + "/device/console/".Length)..].All(char.IsAsciiDigit))
                .Select(n => n.Path);
            Assert.Equal(frontends.EnumerateArray().Select(f => f.GetString()), actual);
        }

        if (summary.TryGetProperty("qemu_args", out var qemu) && qemu.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(qemu.EnumerateArray().Select(a => a.GetString()), QemuChardevEmitter.Arguments(analysis));
        }
    }

    private static ChannelAnalysis Analyze(ConformanceCase c, XenVersion version, uint domid) =>
        ChannelAnalyzer.Analyze(
            SyntaxConformanceTests.Read(c),
            new ChannelOptions { Version = version, Domains = new DomainTable([new("drv", 5u)]), GuestDomid = domid });
}
