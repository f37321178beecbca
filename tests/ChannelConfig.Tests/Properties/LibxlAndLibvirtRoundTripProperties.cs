using System.Text.Json;
using System.Xml.Linq;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// libxl's JSON (both yajl and json-c styles), parsed, and libvirt's XML (Xen and KVM targets),
/// parsed, give back the names and paths; XML that cannot hold a character leaves it out only
/// with a diagnostic saying so.
/// </summary>
public sealed class LibxlAndLibvirtRoundTripProperties
{
    [Fact]
    public void Libxl_json_gives_back_names_and_paths() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var analysis = HostileChannels.Lint(channels).Channels;
            foreach (var style in new[] { LibxlJsonStyle.Yajl, LibxlJsonStyle.JsonC })
            {
                string json = LibxlJsonWriter.ToChannelsMember(analysis.Channels, style);
                AssertNoUnsafeCharacter(json);
                using var document = JsonDocument.Parse("{" + json + "}");
                var read = document.RootElement.GetProperty("channels").EnumerateArray().Select(c => new ModelChannel(
                    c.TryGetProperty("connection.socket", out _) ? ChannelConnection.Socket : ChannelConnection.Pty,
                    c.GetProperty("name").GetString()!,
                    c.TryGetProperty("connection.socket", out var socket) ? socket.GetProperty("path").GetString() : null));
                Assert.Equal(channels, read);
            }
        }); // 200 cases (the default): more than 3x the latest first failure of a replayed defect, kept as it was: tests/README.md, "Property sizes"

    [Fact]
    public void Xen_libvirt_xml_gives_back_names_and_paths_or_says_what_it_dropped() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
            AssertXmlRoundTrip(channels, LibvirtXenChannelEmitter.Format(HostileChannels.Lint(channels).Channels), "xen")); // as above: tests/README.md, "Property sizes"

    [Fact]
    public void Kvm_libvirt_xml_gives_back_names_and_paths_or_says_what_it_dropped() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
            AssertXmlRoundTrip(channels, KvmLibvirtChannelEmitter.Format(HostileChannels.Lint(channels).Channels), "virtio")); // as above: tests/README.md, "Property sizes"

    private static void AssertXmlRoundTrip(IReadOnlyList<ModelChannel> channels, LibvirtChannelXml output, string targetType)
    {
        AssertNoUnsafeCharacter(output.Xml);
        var elements = XElement.Parse("<devices>\n" + output.Xml + "</devices>").Elements("channel").ToList();
        Assert.Equal(channels.Count, elements.Count);
        for (int i = 0; i < channels.Count; i++)
        {
            var channel = channels[i];
            var target = elements[i].Element("target")!;
            Assert.Equal(targetType, (string?)target.Attribute("type"));
            Assert.Equal(channel.Connection == ChannelConnection.Socket ? "unix" : "pty", (string?)elements[i].Attribute("type"));
            AssertSameOrReported(channel.Name, (string?)target.Attribute("name"), output);
            AssertSameOrReported(channel.Path, (string?)elements[i].Element("source")?.Attribute("path"), output);
        }
    }

    /// <summary>No raw control, bidirectional or separator character but the newlines between lines: the names and paths carry them escaped.</summary>
    private static void AssertNoUnsafeCharacter(string text)
    {
        int at = PrintableText.IndexOfUnsafe(text.Replace('\n', ' '));
        Assert.True(at < 0, $"raw U+{(at < 0 ? 0 : text[at]):X4} at {at}");
    }

    private static void AssertSameOrReported(string? expected, string? actual, LibvirtChannelXml output)
    {
        if (expected == actual)
        {
            return;
        }

        Assert.NotNull(expected);
        Assert.Equal(XmlCharactersOf(expected), actual);
        Assert.Contains(output.Diagnostics, d => d.Message.Contains("which XML cannot hold", StringComparison.Ordinal));
    }

    /// <summary>The characters of <paramref name="text"/> that XML 1.0 can hold (surrogate pairs kept whole).</summary>
    private static string XmlCharactersOf(string text)
    {
        var kept = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!rune.IsBmp || System.Xml.XmlConvert.IsXmlChar((char)rune.Value))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }
}
