using System.Text;
using ChannelConfig.Cli;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, items 8 and 9: the hostile corpus (<see cref="HostileOutputCorpus"/>) as file names,
/// channel names, paths, backends, keys, bare tokens, XML values and arguments, through every
/// command, format and stream; nothing printed may hold a raw control, bidirectional or separator
/// character, or a line a CI runner would read as a workflow command.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class HostileOutputCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-corpus-").FullName;

    public static TheoryData<string> Formats => new(["text", "json", "sarif", "github"]);

    public static TheoryData<string> DumpFormats => new(ChannelConfig.Cli.Commands.DumpFormats.All);

    public static TheoryData<int> Pieces => new(Enumerable.Range(0, HostileOutputCorpus.Pieces.Length));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Lint_in_every_format_of_a_hostile_file_under_a_hostile_name(string format)
    {
        string file = WriteHostileConfig(HostileOutputCorpus.All + ".cfg");
        var (_, stdout, stderr) = CliRunner.Run("lint", "--format", format, file, Path.Combine(_dir, "missing" + HostileOutputCorpus.All + ".cfg"));
        HostileOutputCorpus.AssertCannotForge($"lint -f {format} (stdout)", stdout, annotations: format == "github");
        HostileOutputCorpus.AssertCannotForge($"lint -f {format} (stderr)", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Lint_of_a_directory_holding_hostile_names(string format)
    {
        WriteHostileConfig(HostileOutputCorpus.All + ".cfg");
        var (_, stdout, stderr) = CliRunner.Run("lint", "--format", format, _dir);
        HostileOutputCorpus.AssertCannotForge($"lint -f {format} DIR (stdout)", stdout, annotations: format == "github");
        HostileOutputCorpus.AssertCannotForge($"lint -f {format} DIR (stderr)", stderr);
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Lint_text_and_github_of_each_piece_alone(int piece)
    {
        string hostile = HostileOutputCorpus.Pieces[piece];
        string file = WriteHostileConfig("p" + hostile + ".cfg", hostile);
        foreach (string format in new[] { "text", "github" })
        {
            var (_, stdout, stderr) = CliRunner.Run("lint", "--format", format, file);
            HostileOutputCorpus.AssertCannotForge($"lint -f {format} piece {piece} (stdout)", stdout, annotations: format == "github");
            HostileOutputCorpus.AssertCannotForge($"lint -f {format} piece {piece} (stderr)", stderr);
        }
    }

    [Fact]
    public void Lint_reads_standard_input_under_a_hostile_name()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        byte[] content = Encoding.UTF8.GetBytes(HostileConfig(HostileOutputCorpus.All));
        XlchanApp.Run(["lint", "--stdin-name", HostileOutputCorpus.All, "-"], stdout, stderr, () => new MemoryStream(content));
        HostileOutputCorpus.AssertCannotForge("lint - (stdout)", stdout.ToString());
        HostileOutputCorpus.AssertCannotForge("lint - (stderr)", stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(DumpFormats))]
    public void Dump_in_every_format(string format)
    {
        // Channels xl accepts (no `,` or `=` to break the fields), so that every emitter writes them.
        string value = XlQuote(HostileOutputCorpus.All.Replace(",", string.Empty, StringComparison.Ordinal).Replace("=", string.Empty, StringComparison.Ordinal)).Trim('"');
        string file = Path.Combine(_dir, HostileOutputCorpus.All + ".cfg");
        File.WriteAllText(file, $"channel = [ \"connection=pty,name=org.{value}\", \"connection=socket,path=/run/{value}.sock,name=org.example.b.0\" ]\n");
        var (_, stdout, stderr) = CliRunner.Run("dump", "--format", format, file);
        Assert.True(stdout.Contains("org.example.b.0", StringComparison.Ordinal) || stdout.Contains("/run/x", StringComparison.Ordinal), stdout);
        HostileOutputCorpus.AssertCannotForge($"dump -f {format} (stdout)", stdout);
        HostileOutputCorpus.AssertCannotForge($"dump -f {format} (stderr)", stderr);
    }

    [Fact]
    public void Dump_errors_name_hostile_paths_on_one_line()
    {
        string file = WriteHostileConfig("vm.cfg");
        var (_, _, stderr) = CliRunner.Run("dump", "-o", Path.Combine(_dir, "no-such-dir" + HostileOutputCorpus.All, "out.json"), file);
        HostileOutputCorpus.AssertCannotForge("dump -o (stderr)", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        var (_, _, missing) = CliRunner.Run("dump", "--format", "jsonl", file, HostileOutputCorpus.All);
        HostileOutputCorpus.AssertCannotForge("dump missing (stderr)", missing);
        var lines = missing.TrimEnd('\n').Split('\n');
        Assert.Single(lines, l => l.Contains("no such file", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith("xlchan: ", l, StringComparison.Ordinal)); // and the file with errors says why on its own line
    }

    [Fact]
    public void Channel_list_prints_one_row_per_channel_and_no_raw_control()
    {
        string file = WriteHostileConfig(HostileOutputCorpus.All + ".cfg", bareTokens: false);
        var (_, stdout, stderr) = CliRunner.Run("channel", "list", file);
        HostileOutputCorpus.AssertCannotForge("channel list (stdout)", stdout);
        HostileOutputCorpus.AssertCannotForge("channel list (stderr)", stderr);
        var rows = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(4, rows.Length);
        Assert.All(rows[1..], row => Assert.Matches("^[0-9]+ +-?[0-9]+ +(pty|socket) ", row));
    }

    [Fact]
    public void Channel_edits_and_fix_report_hostile_names_on_one_line()
    {
        // The file's own name is plain here: EditOutput (another change's) still prints it raw.
        string file = WriteHostileConfig("vm.cfg", bareTokens: false);
        foreach (var args in new[]
        {
            new[] { "channel", "set", file, "--name", "missing" + HostileOutputCorpus.All, "--path", "/run/x.sock" },
            ["channel", "remove", file, "--name", "missing" + HostileOutputCorpus.All],
            ["channel", "list", Path.Combine(_dir, "missing" + HostileOutputCorpus.All)],
            ["fix", file, Path.Combine(_dir, "missing" + HostileOutputCorpus.All)],
            ["channel", "add", file, "--name", HostileOutputCorpus.All, "--connection", "socket", "--path", HostileOutputCorpus.All],
        })
        {
            // Standard output is a diff of the file's bytes (item 10 keeps it exact); standard error is a message
            // (fix: one line a file, its summary or why it could not be read).
            var (_, _, stderr) = CliRunner.Run(args);
            HostileOutputCorpus.AssertCannotForge($"{args[0]} {args[1]} (stderr)", stderr);
            int lines = args[0] == "fix" ? 2 : 1;
            Assert.True(stderr.Length == 0 || stderr.TrimEnd('\n').Split('\n').Length <= lines, stderr);
        }
    }

    [Fact]
    public void Import_libvirt_never_echoes_a_control_character()
    {
        // C1 and bidirectional controls can be written raw in XML 1.0; ESC only as a character
        // reference, which makes the XML unreadable (and the reader's message quotes it).
        string hostile = string.Concat(HostileOutputCorpus.All.Where(c => System.Xml.XmlConvert.IsXmlChar(c) && c is not ('\n' or '\r' or '\t')));
        string readable = Path.Combine(_dir, "d.xml");
        File.WriteAllText(readable, $"<domain type='xen'><name>vm</name><devices><channel type='unix'><source mode='bind' path='/run/{hostile}'/><target type='xen' name='org.{hostile}'/></channel></devices></domain>\n");
        string unreadable = Path.Combine(_dir, "e.xml");
        File.WriteAllText(unreadable, "<domain type='xen'><name>v&#x1b;]0;owned&#x7;&#x9b;m</name></domain>\n");
        string raw = Path.Combine(_dir, "f.xml");
        File.WriteAllText(raw, "<domain type='xen'><name>v\u001b[2Jm</name></domain>\n");
        foreach (string file in new[] { readable, unreadable, raw, Path.Combine(_dir, "missing" + HostileOutputCorpus.All + ".xml") })
        {
            var (_, stdout, stderr) = CliRunner.Run("import-libvirt", file);
            HostileOutputCorpus.AssertCannotForge("import-libvirt (stdout)", stdout);
            HostileOutputCorpus.AssertCannotForge("import-libvirt (stderr)", stderr);
        }
    }

    [Fact]
    public void Arguments_echoed_in_usage_errors_are_escaped()
    {
        foreach (var args in new[]
        {
            new[] { "explain", HostileOutputCorpus.All },
            ["lint", "--format", HostileOutputCorpus.All, "x.cfg"],
            [HostileOutputCorpus.All],
            ["lint", "--xen", HostileOutputCorpus.All, "x.cfg"],
            ["lint", "--bogus" + HostileOutputCorpus.All, "x.cfg"],
        })
        {
            var (_, stdout, stderr) = CliRunner.Run(args);
            HostileOutputCorpus.AssertCannotForge($"{string.Join(' ', args)} (stdout)", stdout);
            HostileOutputCorpus.AssertCannotForge($"{string.Join(' ', args)} (stderr)", stderr);
        }
    }

    /// <summary>xl.cfg with the value as channel names, paths, a backend, a key, a string and bare tokens.</summary>
    private static string HostileConfig(string value, bool bareTokens = true)
    {
        string quoted = XlQuote(value);
        string inner = XlQuote(value).Trim('"');
        return $"name = {quoted}\n"
            + $"channel = [ \"connection=pty,name=org.{inner}\",\n"
            + $"            \"connection=socket,path=/run/{inner}.sock,name=org.example.b.0,backend={inner}\",\n"
            + $"            \"connection=pty,name=org.example.c.0,{inner}=1\" ]\n"
            + $"chanel = {quoted}\n"
            + (bareTokens ? $"a{value.Replace("\n", " ", StringComparison.Ordinal)} = 1\n" : string.Empty)
            + $"memory = {quoted}\n";
    }

    /// <summary>An xl string: <c>\</c>, <c>"</c>, newline and CR escaped (xl takes other bytes raw).</summary>
    private static string XlQuote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";

    private string WriteHostileConfig(string name, string? value = null, bool bareTokens = true)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, HostileConfig(value ?? HostileOutputCorpus.All, bareTokens));
        return path;
    }
}
