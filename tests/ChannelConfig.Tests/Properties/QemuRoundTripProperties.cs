using ChannelConfig.Channels;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Tests.Support;
using ChannelConfig.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// QEMU option strings, split by QEMU's rules, give back the ids, names and paths, and no option
/// beyond the expected ones: a value can neither add an option nor change one. The shell command
/// line for the KVM arguments, split by a real shell, gives back the arguments.
/// </summary>
public sealed class QemuRoundTripProperties
{
    [Fact]
    public void Xen_chardev_options_give_back_the_paths_and_nothing_else() =>
        PropertyRunner.Check(HostileChannels.Channels, channels =>
        {
            var args = QemuChardevEmitter.Arguments(HostileChannels.Lint(channels).Channels);
            Assert.Equal(2 * channels.Count, args.Count);
            for (int i = 0; i < channels.Count; i++)
            {
                Assert.Equal("-chardev", args[2 * i]);
                var options = QemuOptionSplitter.Split(args[(2 * i) + 1]);
                string id = $"libxl-channel{i + 1}";
                KeyValuePair<string, string?>[] expected = channels[i].Path is { } path
                    ? [new("socket", null), new("id", id), new("path", path), new("server", "on"), new("wait", "off")]
                    : [new("pty", null), new("id", id)];
                Assert.Equal(expected, options);
            }
        }); // no replayed defect sets it; FsCheck's default 200 kept: tests/README.md, "Property sizes"

    [Fact]
    public void Kvm_options_escape_commas_and_give_back_names_and_paths() =>
        PropertyRunner.Check(KvmChannels, channels =>
        {
            var args = KvmQemuChannelEmitter.Arguments(channels);
            Assert.Equal(2 + (4 * channels.Count), args.Count);
            for (int i = 0; i < channels.Count; i++)
            {
                var chardev = QemuOptionSplitter.Split(args[3 + (4 * i)]);
                var port = QemuOptionSplitter.Split(args[5 + (4 * i)]);
                Assert.Equal(channels[i].Path, chardev.SingleOrDefault(o => o.Key == "path").Value);
                Assert.Equal(channels[i].Name, port.Single(o => o.Key == "name").Value);
                Assert.Equal(channels[i].Connection == ChannelConnection.Socket ? 5 : 2, chardev.Count);
                Assert.Equal(["virtserialport", "bus", "nr", "chardev", "id", "name"], port.Select(o => o.Key));
            }
        }); // no replayed defect sets it; FsCheck's default 200 kept: tests/README.md, "Property sizes"

    [Fact]
    public void The_shell_command_line_gives_back_the_arguments()
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        using var shell = new ShellRunner();
        PropertyRunner.Check(KvmChannels, channels =>
        {
            string[] argv = ["qemu-system-x86_64", .. KvmQemuChannelEmitter.Arguments(channels)];
            string line = ShellCommandLine.Render(argv);

            // No raw control or bidirectional character but newlines: quoting writes the others as printf escapes.
            Assert.True(PrintableText.IndexOfUnsafe(line.Replace('\n', ' ')) < 0, line);
            Assert.Equal(argv, shell.Words(line));
            shell.AssertNothingRan();
        }, maxTest: 40); // more than 3x the latest first failure of a replayed defect, kept as it was: tests/README.md, "Property sizes"
    }

    /// <summary>Channels as the KVM emitter may be given them directly: names and paths may hold commas too.</summary>
    private static Gen<IReadOnlyList<DeviceChannel>> KvmChannels =>
        HostileChannels.Channels.SelectMany(
            _ => Gen.Elements(",", ",,", "a,b", "=,x=y,"),
            (channels, comma) => (IReadOnlyList<DeviceChannel>)[.. channels.Select((c, i) => new DeviceChannel
            {
                Index = i,
                Connection = c.Connection,
                Name = c.Name + comma,
                Path = c.Path is null ? null : c.Path + comma,
            })]);
}
