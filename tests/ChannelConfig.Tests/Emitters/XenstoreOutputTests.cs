using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Tests.Golden;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Emitters;

/// <summary>The xenstore, libxl JSON and QEMU outputs: golden examples, and hostile names and paths that must come back unchanged.</summary>
public sealed class XenstoreOutputTests
{
    private const string Sample = "samples/cloud-first-boot.cfg";

    // A name and a path full of shell and JSON metacharacters (no ',' is possible: xl splits on it).
    private const string HostileConfig =
        "channel = [ \"connection=socket,path=/run/a'$(touch pwned)`id`\\\"\\\\ b.sock,name=org.x'y$HOME;`ls`\\\"q\\\\\\tz ]]>\" ]\n";

    private static LintResult LintSample() =>
        XlLinter.Lint(new SourceText(Sample, File.ReadAllBytes(Path.Combine(GoldenFile.RepositoryRoot, Sample))));

    private static LintResult LintHostile() => XlLinter.Lint(SourceText.FromString("hostile.cfg", HostileConfig));

    [Fact]
    public void Golden_listing_json_script_libxl_json_and_qemu()
    {
        var result = LintSample();
        var nodes = XenstoreEmitter.Nodes(result.Channels);
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.xenstore.txt", XenstoreWriter.ToListing(nodes));
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.xenstore.json", XenstoreWriter.ToJson(nodes));
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.xenstore.sh", XenstoreWriter.ToScript(nodes, "example"));
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.libxl-yajl.json", LibxlJsonWriter.ToChannelsMember(result.Channels.Channels, LibxlJsonStyle.Yajl) + "\n");
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.libxl-jsonc.json", LibxlJsonWriter.ToChannelsMember(result.Channels.Channels, LibxlJsonStyle.JsonC) + "\n");
        GoldenFile.AssertMatches("tests/ChannelConfig.Tests/expected/emitters/cloud-first-boot.qemu.txt", string.Join("\n", QemuChardevEmitter.Arguments(result.Channels)) + "\n");
    }

    [Fact]
    public void Each_channel_writes_a_frontend_a_backend_and_libxls_copy()
    {
        var nodes = XenstoreEmitter.Nodes(LintSample().Channels);
        Assert.Equal(28 + 26, nodes.Count); // a pty channel has no path node in the backend and in libxl's copy
        Assert.Equal("/libxl/1/device/console/1/frontend", nodes[0].Path);
        Assert.Contains(nodes, n => n.Path == "/local/domain/1/device/console/2/output" && n.Value == "pty");
    }

    [Fact]
    public void Before_4_7_there_is_no_private_copy_and_no_backend_name()
    {
        var result = XlLinter.Lint(SourceText.FromString("a.cfg", "channel = [ \"connection=pty,name=org.example.a.0\" ]\n"), new ChannelOptions { Version = new XenVersion(4, 6, 0) });
        var nodes = XenstoreEmitter.Nodes(result.Channels);
        Assert.DoesNotContain(nodes, n => n.Path.StartsWith("/libxl/", StringComparison.Ordinal));
        Assert.DoesNotContain(nodes, n => n.Path == "/local/domain/0/backend/console/1/1/name");
        Assert.Contains(nodes, n => n.Path == "/local/domain/1/device/console/1/name");
        Assert.Equal("server,nowait", QemuChardevEmitter.Arguments(XlLinter.Lint(SourceText.FromString("b.cfg", "channel = [ \"connection=socket,path=/s,name=org.example.a.0\" ]\n"), new ChannelOptions { Version = new XenVersion(4, 15, 0) }).Channels)[1].Split(',', 4)[3]);
    }

    [Fact]
    public void Hostile_names_and_paths_survive_the_listing()
    {
        var nodes = XenstoreEmitter.Nodes(LintHostile().Channels);
        string listing = XenstoreWriter.ToListing(nodes);
        var parsed = listing.TrimEnd('\n').Split('\n').Select(XenstoreTools.ParseListingLine).ToList();
        Assert.Equal(nodes.Select(n => (n.Path, n.Value, n.Permissions)), parsed);
    }

    [Fact]
    public void Hostile_names_and_paths_survive_json()
    {
        var nodes = XenstoreEmitter.Nodes(LintHostile().Channels);
        var parsed = JsonDocument.Parse(XenstoreWriter.ToJson(nodes)).RootElement.EnumerateArray()
            .Select(n => (n.GetProperty("path").GetString()!, n.GetProperty("value").GetString()!, n.GetProperty("perms").GetString()!));
        Assert.Equal(nodes.Select(n => (n.Path, n.Value, n.Permissions)), parsed);
        var channel = LintHostile().Channels.Channels[0];
        var libxl = JsonDocument.Parse(LibxlJsonWriter.ToJson(channel, LibxlJsonStyle.JsonC)).RootElement;
        Assert.Equal(channel.Name, libxl.GetProperty("name").GetString());
        Assert.Equal(channel.Path, libxl.GetProperty("connection.socket").GetProperty("path").GetString());
    }

    [Fact]
    public void The_script_passes_sh_n_and_running_it_writes_exactly_the_nodes()
    {
        var nodes = XenstoreEmitter.Nodes(LintHostile().Channels);
        Assert.Contains(nodes, n => n.Value.Contains("$(touch pwned)", StringComparison.Ordinal));
        string dir = Directory.CreateTempSubdirectory("xlchan-script-").FullName;
        string script = Path.Combine(dir, "write.sh");
        File.WriteAllText(script, XenstoreWriter.ToScript(nodes, "hostile $(touch pwned-title)\nsecond line"));
        Assert.Equal(0, Run("sh", ["-n", script], dir, null).Exit);

        string bin = WriteStubs(dir, out string log);

        var (exit, _) = Run("sh", [script], dir, bin);
        Assert.Equal(0, exit);
        Assert.False(File.Exists(Path.Combine(dir, "pwned")));
        Assert.False(File.Exists(Path.Combine(dir, "pwned-title")));
        var writes = Writes(File.ReadAllText(log));
        Assert.Equal(nodes.Select(n => (n.Path, n.Value)), writes);
    }

    [Fact]
    public void Every_byte_a_name_or_path_can_hold_reaches_xenstore_write_as_it_is_stored()
    {
        // Every ASCII byte but NUL (no C string holds it) and ',' (xl splits the item there), raw in
        // the file except for the escapes xl needs, then characters beyond ASCII in UTF-8.
        var text = new StringBuilder();
        foreach (char c in Enumerable.Range(1, 127).Where(b => b != ',').Select(b => (char)b).Concat(Enumerable.Range(0x80, 0x80).Select(b => (char)b)).Append('€'))
        {
            text.Append(c switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", _ => c.ToString() });
        }

        string value = text.ToString();
        var analysis = XlLinter.Lint(SourceText.FromString("bytes.cfg", $"channel = [ \"connection=socket,path=/run/{value}.sock,name=org.example.{value}.0\" ]\n")).Channels;
        var nodes = XenstoreEmitter.Nodes(analysis);
        Assert.True(nodes.Any(n => n.Value.Contains('\\', StringComparison.Ordinal) && n.Value.Contains('\u0001', StringComparison.Ordinal)), analysis.Stderr + string.Join("|", analysis.Channels.Select(c => c.Name)));
        string dir = Directory.CreateTempSubdirectory("xlchan-bytes-").FullName;
        string script = Path.Combine(dir, "write.sh");
        File.WriteAllBytes(script, FileNameText.Encode(XenstoreWriter.ToScript(nodes, "every byte")));
        string bin = WriteStubs(dir, out string log);

        Assert.Equal(0, Run("sh", [script], dir, bin).Exit);
        var writes = Writes(FileNameText.Decode(File.ReadAllBytes(log)));
        Assert.Equal(nodes.Select(n => (n.Path, n.Value)), writes);
    }

    /// <summary>Stub xenstore commands in DIR/bin that record their arguments in <paramref name="log"/>, NUL-separated, one record per call.</summary>
    private static string WriteStubs(string dir, out string log)
    {
        string bin = Directory.CreateDirectory(Path.Combine(dir, "bin")).FullName;
        log = Path.Combine(dir, "log");
        foreach (string tool in new[] { "xenstore-write", "xenstore-chmod", "xenstore-rm" })
        {
            string stub = Path.Combine(bin, tool);
            File.WriteAllText(stub, $"#!/bin/sh\nprintf '%s\\0' '{tool}' \"$@\" >> '{log}'\nprintf '\\n' >> '{log}'\n");
            File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }

    /// <summary>The (path, stored value) of each xenstore-write the stubs recorded (after a -- that ends the options).</summary>
    private static IEnumerable<(string Path, string Value)> Writes(string log) =>
        log.Split("\0\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split('\0'))
            .Where(r => r[0] == "xenstore-write")
            .Select(r => r[1] == "--" ? r[1..] : r)
            .Select(r => (r[1], XenstoreTools.Unsanitise(r[2])));

    private static (int Exit, string Output) Run(string file, string[] args, string directory, string? pathPrefix)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        if (pathPrefix is not null)
        {
            start.Environment["PATH"] = pathPrefix + ":" + Environment.GetEnvironmentVariable("PATH");
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
