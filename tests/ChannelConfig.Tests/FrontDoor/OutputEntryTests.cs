using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Editing;
using ChannelConfig.Emitters;
using ChannelConfig.Reporting;
using ChannelConfig.Syntax;
using ChannelConfig.Text;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.FrontDoor;

/// <summary>
/// The library's entries to the outputs, <see cref="ChannelEmitter"/> and <see cref="LintReport"/>,
/// give a library user exactly what <c>xlchan dump</c> and <c>xlchan lint</c> print for the same
/// file, and <see cref="EditResult"/> writes the diff <c>xlchan channel … --diff</c> prints.
/// </summary>
public sealed class OutputEntryTests
{
    private const string Config =
        "name = \"web-01\"\n"
        + "channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\", \"connection=pty, name=org.example.b.0\" ]\n"
        + "memory = 0x10\n";

    // An info (XLC0120: a name that is not reverse-domain style) and an error (a socket without a path).
    private const string Findings = "channel = [ \"connection=pty, name=agent\", \"connection=socket\" ]\n";

    public static TheoryData<string> DumpFormats => ["xenstore", "xenstore-json", "xenstore-script", "libxl-json", "libvirt", "kvm-libvirt", "udev"];

    [Theory]
    [MemberData(nameof(DumpFormats))]
    public void ChannelEmitter_writes_what_dump_prints(string format)
    {
        string path = CliRunner.TempFile(Config);
        var result = XlLinter.LintFile(path);
        var problems = new List<Diagnostic>();
        using var output = new StringWriter();
        switch (format)
        {
            case "xenstore":
                ChannelEmitter.WriteXenstoreListing(output, result.Channels);
                break;
            case "xenstore-json":
                ChannelEmitter.WriteXenstoreJson(output, result.Channels);
                break;
            case "xenstore-script":
                ChannelEmitter.WriteXenstoreScript(output, result.Channels, $"xenstore nodes libxl writes for the channels of {path} (guest domid 1, Xen {XenVersion.Newest}), in libxl's order.");
                break;
            case "libxl-json":
                ChannelEmitter.WriteLibxlJson(output, result.Channels.XlChannels);
                break;
            case "libvirt":
                ChannelEmitter.WriteLibvirtXml(output, result.Channels, problems.Add);
                break;
            case "kvm-libvirt":
                ChannelEmitter.WriteKvmLibvirtXml(output, result.Channels, problems.Add);
                break;
            case "udev":
                ChannelEmitter.WriteGuestUdevScript(output, result.Channels);
                break;
        }

        var (exit, stdout, _) = CliRunner.Run("dump", "-f", format, path);
        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrEmpty(stdout));
        Assert.Equal(stdout, output.ToString());
    }

    [Fact]
    public void ChannelEmitter_gives_the_argument_lists_dump_prints()
    {
        string path = CliRunner.TempFile(Config);
        var result = XlLinter.LintFile(path);
        foreach (var (format, arguments) in new[] { ("qemu", ChannelEmitter.QemuArguments(result.Channels)), ("kvm", ChannelEmitter.KvmArguments(result.Channels)) })
        {
            var (exit, stdout, _) = CliRunner.Run("dump", "-f", format, "--qemu-layout", "command", path);
            Assert.Equal(0, exit);
            Assert.NotEmpty(arguments);
            Assert.Equal(stdout.TrimEnd('\n'), global::ChannelConfig.Emitters.Kvm.ShellCommandLine.Render(arguments));
        }
    }

    [Fact]
    public void ChannelEmitter_writes_nothing_for_a_rejected_file()
    {
        var result = XlLinter.LintText("channel = [ \"connection=socket\" ]\n");
        Assert.Equal(XlVerdict.Rejected, result.Verdict);
        Assert.Empty(ChannelEmitter.XenstoreNodes(result.Channels));
        Assert.Empty(ChannelEmitter.QemuArguments(result.Channels));
    }

    public static TheoryData<string> ReportFormats => ["text", "json", "github", "sarif"];

    [Theory]
    [MemberData(nameof(ReportFormats))]
    public void LintReport_writes_what_lint_prints(string format)
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-report-").FullName;
        string a = Path.Combine(dir, "a.cfg"), b = Path.Combine(dir, "b.cfg");
        File.WriteAllText(a, Config);
        File.WriteAllText(b, Findings);
        LintedFile[] files = [new(a, XlLinter.LintFile(a)) { XenRelease = "newest" }, new(b, XlLinter.LintFile(b)) { XenRelease = "newest" }];
        using var output = new StringWriter();
        switch (format)
        {
            case "text":
                LintReport.WriteText(output, files);
                break;
            case "json":
                LintReport.WriteJson(output, files);
                break;
            case "github":
                LintReport.WriteGitHub(output, files, baseDirectory: Environment.CurrentDirectory);
                break;
            case "sarif":
                LintReport.WriteSarif(output, files, ChannelConfig.Cli.XlchanApp.Version, baseDirectory: Environment.CurrentDirectory);
                break;
        }

        var (exit, stdout, _) = CliRunner.Run("lint", "--no-config", "--format", format, "--color", "never", a, b);
        Assert.Equal(1, exit);
        Assert.Contains("XLC", stdout, StringComparison.Ordinal);
        Assert.Equal(stdout, output.ToString());
    }

    [Fact]
    public void LintReport_leaves_out_what_is_below_the_minimum_and_counts_what_it_reports()
    {
        string path = CliRunner.TempFile(Findings);
        LintedFile[] files = [new(path, XlLinter.LintFile(path)) { XenRelease = "newest" }];
        Assert.Contains(files[0].Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info);
        using var output = new StringWriter();
        LintReport.WriteText(output, files, DiagnosticSeverity.Warning);
        Assert.DoesNotContain(" info ", output.ToString(), StringComparison.Ordinal);
        var (_, stdout, _) = CliRunner.Run("lint", "--no-config", "--min-severity", "warning", "--color", "never", path);
        Assert.Equal(stdout, output.ToString());
    }

    [Fact]
    public void EditResult_writes_the_diff_the_tool_prints()
    {
        string path = CliRunner.TempFile(Config);
        var edit = new XlConfigEditor(SourceText.FromString(path, Config))
            .AddChannel(new ChannelSpec("org.example.c.0", ChannelConnection.Pty));
        Assert.True(edit.Changed);
        using var bytes = new MemoryStream();
        edit.WriteUnifiedDiff(bytes);
        var (exit, stdout, _) = CliRunner.Run("channel", "add", path, "--name", "org.example.c.0", "--connection", "pty");
        Assert.Equal(0, exit);
        Assert.Equal(stdout, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.Equal(stdout, edit.ToUnifiedDiff());
    }
}
