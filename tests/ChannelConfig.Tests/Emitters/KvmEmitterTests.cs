using System.Xml.Linq;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Tests.Golden;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.Emitters;

/// <summary>The same channels for a KVM guest: QEMU arguments and libvirt virtio channels.</summary>
public sealed class KvmEmitterTests
{
    [Fact]
    public void The_qemu_arguments_match_the_golden_file()
    {
        var args = KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(EmitterExamples.WebServer));
        string text = string.Concat(args.Select(a => a + "\n")) + "\n" + ShellCommandLine.Render(["qemu-system-x86_64", .. args]) + "\n";
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/kvm-qemu-web-01.txt", text);
    }

    [Fact]
    public void One_controller_then_a_chardev_and_a_port_per_channel()
    {
        var args = KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze(EmitterExamples.WebServer));
        Assert.Equal(
        [
            "-device", "virtio-serial-pci,id=virtio-serial0",
            "-chardev", "socket,id=charchannel0,path=/run/xen/web-01-qga.sock,server=on,wait=off",
            "-device", "virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0,name=org.qemu.guest_agent.0",
            "-chardev", "pty,id=charchannel1",
            "-device", "virtserialport,bus=virtio-serial0.0,nr=2,chardev=charchannel1,id=channel1,name=org.xenproject.guest.clipboard.0.1",
        ], args);
    }

    [Theory]
    [MemberData(nameof(EmitterExamples.HostileNames), MemberType = typeof(EmitterExamples))]
    [InlineData("a,b")]
    [InlineData(",,")]
    [InlineData(",")]
    [InlineData("x,id=evil,name=y")]
    [InlineData("trailing,")]
    public void Qemus_option_parser_gives_back_every_name_and_path(string value)
    {
        string path = "/run/" + value + ".sock";
        var args = KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Socket, value, path)]);
        var chardev = QemuOptionSplitter.Split(args[3]);
        Assert.Equal(["socket", "id", "path", "server", "wait"], chardev.Select(f => f.Key));
        Assert.Equal(path, QemuOptionSplitter.Value(args[3], "path"));
        var port = QemuOptionSplitter.Split(args[5]);
        Assert.Equal(["virtserialport", "bus", "nr", "chardev", "id", "name"], port.Select(f => f.Key));
        Assert.Equal(value, QemuOptionSplitter.Value(args[5], "name"));
        Assert.Equal("charchannel0", QemuOptionSplitter.Value(args[5], "chardev"));
    }

    [Theory]
    [MemberData(nameof(EmitterExamples.HostileNames), MemberType = typeof(EmitterExamples))]
    [InlineData("a,b")]
    [InlineData("it's")]
    [InlineData("'")]
    [InlineData("''\\''")]
    [InlineData("")]
    public void The_shell_gives_back_every_argument_and_runs_nothing(string value)
    {
        Assert.SkipUnless(ShellRunner.Available, "needs /bin/sh");
        using var shell = new ShellRunner();
        var args = KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Socket, value, "/run/" + value + ".sock")]);
        string[] argv = ["qemu-system-x86_64", .. args, value];
        Assert.Equal(argv, shell.Words(ShellCommandLine.Render(argv)));
        shell.AssertNothingRan();
    }

    [Theory]
    [InlineData("plain-word_1.2/x=y:z,w@h%p+q", "plain-word_1.2/x=y:z,w@h%p+q")]
    [InlineData("", "''")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("~root", "'~root'")]
    [InlineData("#x", "'#x'")]
    public void Words_are_quoted_only_when_they_need_it(string word, string rendered)
    {
        Assert.Equal("qemu " + rendered, ShellCommandLine.Render(["qemu", word]));
    }

    [Fact]
    public void A_first_word_with_an_equals_sign_is_quoted_so_it_is_not_an_assignment()
    {
        Assert.Equal("'A=b' x=y", ShellCommandLine.Render(["A=b", "x=y"]));
    }

    [Fact]
    public void No_channel_gives_no_arguments_not_even_a_controller()
    {
        Assert.Empty(KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze("memory = 512\n")));
        Assert.Empty(KvmQemuChannelEmitter.Arguments(EmitterExamples.Analyze("channel = [ \"connection=pty\" ]\n")));
    }

    [Fact]
    public void The_controller_can_be_chosen_and_bad_ids_are_refused()
    {
        var args = KvmQemuChannelEmitter.Arguments(
            [EmitterExamples.Channel(ChannelConnection.Pty, "org.example.a.0")],
            new KvmChannelOptions { ControllerDevice = "virtio-serial-ccw", ControllerId = "vser1" });
        Assert.Equal("virtio-serial-ccw,id=vser1", args[1]);
        Assert.StartsWith("virtserialport,bus=vser1.0,", args[5], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments([], new KvmChannelOptions { ControllerId = "0bad" }));
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments([], new KvmChannelOptions { ControllerId = "a,b" }));
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments([], new KvmChannelOptions { ControllerDevice = "x,id=y" }));
    }

    [Fact]
    public void Channels_qemu_cannot_serve_are_refused_but_an_empty_path_xl_accepts_is_kept()
    {
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Socket, "a", null)]));
        Assert.Throws<ArgumentException>(() => KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Unknown, "a")]));

        // `path= ` is an empty path for xl (found by the fuzzer): translated as libxl gives it, never an exception.
        Assert.Equal("socket,id=charchannel0,path=,server=on,wait=off", KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Socket, "a", "")])[3]);
    }

    [Fact]
    public void A_channel_without_a_name_gets_a_port_without_one()
    {
        var args = KvmQemuChannelEmitter.Arguments([EmitterExamples.Channel(ChannelConnection.Pty, null)]);
        Assert.Equal("virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0", args[5]);
    }

    [Fact]
    public void The_libvirt_xml_matches_the_golden_file()
    {
        var result = KvmLibvirtChannelEmitter.Format(EmitterExamples.Analyze(EmitterExamples.WebServer));
        Assert.Empty(result.Diagnostics);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/kvm-libvirt-web-01.xml", result.Xml);
    }

    [Theory]
    [MemberData(nameof(EmitterExamples.HostileNames), MemberType = typeof(EmitterExamples))]
    public void The_libvirt_xml_keeps_hostile_names(string value)
    {
        var result = KvmLibvirtChannelEmitter.Format([EmitterExamples.Channel(ChannelConnection.Socket, value, "/run/" + value)]);
        var channel = XDocument.Parse("<devices>" + result.Xml + "</devices>").Root!.Element("channel")!;
        Assert.Equal("virtio", (string?)channel.Element("target")!.Attribute("type"));
        Assert.Equal(value, (string?)channel.Element("target")!.Attribute("name"));
        Assert.Equal("/run/" + value, (string?)channel.Element("source")!.Attribute("path"));
    }

    [Fact]
    public void Backend_is_reported_as_meaningless_for_kvm()
    {
        var result = KvmLibvirtChannelEmitter.Format(EmitterExamples.Analyze(EmitterExamples.DriverDomainGuest, new ChannelOptions { Domains = new DomainTable([new("net-driver", 3)]) }));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.LibvirtBackendDropped.Id, d.Code);
        Assert.Contains("KVM", d.Message, StringComparison.Ordinal);
    }
}
