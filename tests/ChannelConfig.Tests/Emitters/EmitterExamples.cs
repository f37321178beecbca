using ChannelConfig.Channels;
using ChannelConfig.Configuration;

namespace ChannelConfig.Tests.Emitters;

/// <summary>Realistic configurations and hostile values shared by the emitter tests.</summary>
internal static class EmitterExamples
{
    /// <summary>A web server with the QEMU guest agent on a socket and a clipboard agent on a pty.</summary>
    public const string WebServer =
        "name = \"web-01\"\n" +
        "memory = 2048\n" +
        "channel = [\n" +
        "    \"connection=socket, path=/run/xen/web-01-qga.sock, name=org.qemu.guest_agent.0\",\n" +
        "    \"connection=pty, name=org.xenproject.guest.clipboard.0.1\",\n" +
        "]\n";

    /// <summary>A cloud guest whose first-boot agent is served by a driver domain.</summary>
    public const string DriverDomainGuest =
        "name = \"tenant-42\"\n" +
        "channel = [ \"connection=socket, path=/run/cloud/tenant-42.sock, name=org.example.cloud.init.0\",\n" +
        "            \"backend=net-driver, connection=pty, name=org.example.cloud.metrics.0\" ]\n";

    /// <summary>Names that are hostile to XML, shells, QEMU's options or udev, but that xl reads (no comma).</summary>
    public static TheoryData<string> HostileNames => new()
    {
        "it's \"quoted\"",
        "a<b>&c]]>d",
        "$(touch pwned)",
        "`touch pwned`",
        "x; touch pwned #",
        "with space",
        "new\nline",
        "tab\there",
        "back\\slash",
        "*",
        "-rf",
        "%s%n",
        "ünïcødé.名前.🙂",
        "a=b",
        "#not-a-comment",
    };

    /// <summary>Reads and analyses a configuration.</summary>
    public static ChannelAnalysis Analyze(string text, ChannelOptions? options = null) =>
        ChannelAnalyzer.Analyze(XlConfigReader.Parse(text, "vm.cfg"), options);

    /// <summary>A channel built directly (as an API user might), bypassing xl's reading.</summary>
    public static DeviceChannel Channel(ChannelConnection connection, string? name, string? path = null, int index = 0) =>
        new() { Connection = connection, Name = name, Path = path, Index = index, Devid = index + 1 };

    /// <summary>An xl string literal for a value, with xl's escapes, for writing test configurations.</summary>
    public static string XlQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
