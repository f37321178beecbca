using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Tests.EndToEnd;
using ChannelConfig.Tests.RealComponents.Qemu;

namespace ChannelConfig.Tests.RealComponents.Libvirt;

/// <summary>
/// <c>xlchan dump -f libvirt</c> (target type xen) and <c>-f kvm-libvirt</c> (target type
/// virtio), as the command prints them, given to libvirt 9.0: <c>virt-xml-validate</c> accepts them inside a domain document,
/// and <c>virsh</c> with the test driver (libvirt's own parser and formatter, no daemon) defines
/// the domain and formats every <c>&lt;channel&gt;</c> back byte for byte, odd names and paths
/// included.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class LibvirtChannelTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (string flavour in new[] { "xen", "kvm" })
        {
            foreach (int count in new[] { 1, 2, 30, 100 })
            {
                cases.Add(flavour, count);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_schema_accepts_the_channels(string flavour, int count)
    {
        string validate = RealComponent.Require("virt-xml-validate", "libvirt-clients");
        RealComponent.Require("xmllint", "libxml2-utils");
        string directory = GeneratedChannels.ShortTempDirectory();
        try
        {
            string file = Path.Combine(directory, "domain.xml");
            File.WriteAllText(file, LibvirtDomain.Document(flavour, ChannelXml(flavour, count, directory)));
            var (exit, stdout, stderr) = RunningProgram.Run(validate, [file, "domain"], Timeout);
            Assert.True(exit == 0, $"virt-xml-validate: exit {exit}\n{stdout}\n{stderr}\n{File.ReadAllText(file)}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Libvirt_formats_the_channels_back_byte_for_byte(string flavour, int count)
    {
        string virsh = RealComponent.Require("virsh", "libvirt-clients");
        string directory = GeneratedChannels.ShortTempDirectory();
        try
        {
            string channels = ChannelXml(flavour, count, directory);
            string file = Path.Combine(directory, "domain.xml");

            // The test driver knows only domains of type test; the channels are the same.
            File.WriteAllText(file, LibvirtDomain.Document("test", channels));

            // test:///default lives as long as the virsh process: define and dumpxml in one.
            var (exit, stdout, stderr) = RunningProgram.Run(
                virsh,
                ["-q", "-c", "test:///default", $"define --validate {file}; dumpxml {LibvirtDomain.Name}"],
                Timeout);
            Assert.True(exit == 0, $"virsh: exit {exit}\n{stderr}\n{File.ReadAllText(file)}");
            Assert.Equal(channels, LibvirtDomain.Channels(stdout));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// What <c>xlchan dump -f libvirt</c> (Xen) or <c>-f kvm-libvirt</c> prints for a generated
    /// configuration, run as a process as users run it; checked against the library's emitter.
    /// </summary>
    private static string ChannelXml(string flavour, int count, string directory)
    {
        var channels = GeneratedChannels.Make(count, directory);
        var analysis = GeneratedChannels.Lint(channels).Channels;
        var xml = flavour == "xen" ? LibvirtXenChannelEmitter.Format(analysis) : KvmLibvirtChannelEmitter.Format(analysis);
        Assert.False(xml.HasErrors, string.Join('\n', xml.Diagnostics.Select(d => d.Code + " " + d.Message)));

        string config = Path.Combine(directory, "generated.cfg");
        File.WriteAllBytes(config, GeneratedChannels.ConfigText(channels));
        var (exit, stdout, stderr) = XlchanProcess.Run(directory, "dump", "-f", flavour == "xen" ? "libvirt" : "kvm-libvirt", config);
        Assert.True(exit == 0, $"xlchan dump: exit {exit}\n{stderr}");
        Assert.Equal(xml.Xml, stdout);
        Assert.Equal(count, stdout.Split('\n').Count(line => line.TrimStart().StartsWith("<channel ", StringComparison.Ordinal)));
        return stdout;
    }
}
