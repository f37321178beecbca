using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// docs/xl-channel.md shows the Pidgin grammar as it is: its blocks equal the regions between
/// <c>// grammar-begin</c> and <c>// grammar-end</c> in the grammar's source (doc comments left out).
/// </summary>
public sealed class GrammarDocumentationTests
{
    private const string DocPath = "docs/xl-channel.md";

    [Theory]
    [InlineData("tests/ChannelConfig.Tests/Grammar/XlCfgGrammar.cs", "grammar")]
    [InlineData("tests/ChannelConfig.Tests/Grammar/ChannelItemGrammar.cs", "grammar channel")]
    public void The_documentation_shows_the_grammar_as_written(string sourcePath, string region)
    {
        string source = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot, sourcePath));
        string doc = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot, DocPath)).ReplaceLineEndings("\n");
        string block = "```csharp\n" + Extract(source, region) + "```\n";
        Assert.True(doc.Contains(block, StringComparison.Ordinal), $"{DocPath} should hold this block (from {sourcePath}):\n{block}");
    }

    /// <summary>The lines between the region's markers, without doc comments, with the class indentation removed.</summary>
    private static string Extract(string source, string region)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        int begin = Array.FindIndex(lines, l => l.Trim() == $"// {region.Replace("grammar", "grammar-begin", StringComparison.Ordinal)}");
        int end = Array.FindIndex(lines, begin + 1, l => l.Trim().StartsWith("// grammar-end", StringComparison.Ordinal));
        Assert.True(begin >= 0 && end > begin, $"no region {region}");
        var kept = lines[(begin + 1)..end]
            .Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Select(l => l.StartsWith("    ", StringComparison.Ordinal) ? l[4..] : l)
            .ToList();
        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('\n', kept) + "\n";
    }
}
