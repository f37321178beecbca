using System.Text.Json;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// What the command line prints for hostile names and paths: nothing can run a command, add an
/// option, forge a diagnostic or drive the terminal when the output is shown, pasted or piped.
/// </summary>
public sealed class OutputInjectionTests : IDisposable
{
    /// <summary>
    /// A name with ESC (terminal control) and a newline followed by a forged diagnostic; a key
    /// with a newline; a socket path with shell syntax and newlines that would add QEMU options.
    /// </summary>
    private const string Hostile =
        "channel = [ \"connection=pty,name=org.a.\u001b]0;owned\u0007\u001b[2J,k\\ney=v\",\n"
        + "            \"connection=pty,name=a\\nforged.cfg:1:1: error XLC0000: fake\",\n"
        + "            \"connection=socket,path=/run/$(touch pwned)`id`;x.sock\\n-qmp\\nunix:/tmp/q,name=org.example.c.0\" ]\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-inject-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Lint_text_prints_no_control_character_and_one_header_line_per_diagnostic()
    {
        string file = Write(Hostile);
        var (_, stdout, _) = CliRunner.Run("lint", "--format", "text", file);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u0007', stdout);
        var (_, json, _) = CliRunner.Run("lint", "--format", "json", file);
        int diagnostics = CountDiagnostics(JsonDocument.Parse(json).RootElement);
        Assert.Equal(diagnostics, stdout.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^[^ ].*:\d+:\d+: (error|warning|info) ")));
    }

    [Fact]
    public void Github_annotations_cannot_start_a_second_command()
    {
        string file = Write(Hostile);
        var (_, stdout, _) = CliRunner.Run("lint", "--format", "github", file);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.Matches("^::(error|warning|notice) file=", l));
        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Json_and_sarif_parse_and_carry_the_values_exactly()
    {
        string file = Write(Hostile);
        var (_, dump, _) = CliRunner.Run("dump", "--format", "json", file);
        var names = new List<string>();
        Collect(JsonDocument.Parse(dump).RootElement, "name", names);
        Assert.Contains("a\nforged.cfg:1:1: error XLC0000: fake", names);
        var (_, sarif, _) = CliRunner.Run("lint", "--format", "sarif", file);
        using var document = JsonDocument.Parse(sarif);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Dump_qemu_prints_exactly_one_line_per_option()
    {
        string file = Write(Hostile.Replace("connection=pty", "connection=socket,path=/run/p.sock", StringComparison.Ordinal));
        var (_, stdout, _) = CliRunner.Run("dump", "--format", "qemu", file);
        Assert.Equal(3, stdout.TrimEnd('\n').Split('\n').Length);
    }

    private string Write(string content)
    {
        string path = Path.Combine(_dir, "vm.cfg");
        File.WriteAllText(path, content);
        return path;
    }

    private static int CountDiagnostics(JsonElement element)
    {
        var codes = new List<string>();
        Collect(element, "code", codes);
        return codes.Count;
    }

    private static void Collect(JsonElement element, string property, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == property && p.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(p.Value.GetString()!);
                    }

                    Collect(p.Value, property, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, property, found);
                }

                break;
        }
    }
}
