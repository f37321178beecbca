using System.Text.RegularExpressions;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Architecture;

/// <summary>
/// The library's rooms and its one-way flow (docs/architecture.md): bytes → tokens → syntax →
/// effective config → channels → validation → emitters / reports / edits. A file of a room may
/// use only the rooms before it, through a <c>using</c>, a qualified name, or (for the front
/// door, which nested namespaces see without a <c>using</c>) its type names.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The rooms in flow order; a room may use any room before it.</summary>
    public static readonly string[] Rooms =
    [
        "Text", "Diagnostics", "Syntax", "Parsing", "Configuration", "Channels", "Validation", "Rules",
        "(front door)", "Emitters", "Import", "Editing", "Reporting",
    ];

    private static readonly string[] FrontDoorTypes = ["XlLinter", "LintOptions", "LintResult"];

    [Fact]
    public void Every_room_uses_only_the_rooms_before_it()
    {
        string library = Path.Combine(GoldenFile.RepositoryRoot, "src", "ChannelConfig");
        var files = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 150, $"only {files.Count} files found under {library}");

        var violations = new List<string>();
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(library, file).Replace('\\', '/');
            string room = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(front door)";
            int rank = Array.IndexOf(Rooms, room);
            Assert.True(rank >= 0, $"{relative}: the folder {room} is not a room of docs/architecture.md; add it to both");
            string code = Comments().Replace(File.ReadAllText(file), string.Empty);
            foreach (string used in Used(code))
            {
                if (used != room && Array.IndexOf(Rooms, used) > rank)
                {
                    violations.Add($"{relative} ({room}) uses {used}, which comes after it");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations.Distinct()));
    }

    [Theory]
    [InlineData("Syntax", "using ChannelConfig.Channels;\n", "Channels")]
    [InlineData("Text", "var v = Channels.XenVersion.Newest;", "Channels")]
    [InlineData("Rules", "XlLinter.Lint(source);", "(front door)")]
    [InlineData("Editing", "// using ChannelConfig.Reporting;\n", null)]
    public void The_check_sees_each_kind_of_use(string room, string code, string? expected)
    {
        _ = room;
        var used = Used(Comments().Replace(code, string.Empty)).ToList();
        if (expected is null)
        {
            Assert.Empty(used);
        }
        else
        {
            Assert.Contains(expected, used);
        }
    }

    private static IEnumerable<string> Used(string code)
    {
        foreach (Match m in UsingRoom().Matches(code))
        {
            yield return m.Groups[1].Value;
        }

        foreach (string room in Rooms.Where(r => !r.StartsWith('(')))
        {
            if (Regex.IsMatch(code, $@"(?<![\w.]){room}\.[A-Z]"))
            {
                yield return room;
            }
        }

        if (FrontDoorTypes.Any(t => Regex.IsMatch(code, $@"\b{t}\b")))
        {
            yield return "(front door)";
        }
    }

    [GeneratedRegex(@"^\s*using ChannelConfig\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingRoom();

    [GeneratedRegex(@"//.*|/\*[\s\S]*?\*/")]
    private static partial Regex Comments();
}
