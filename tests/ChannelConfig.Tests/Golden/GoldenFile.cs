using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ChannelConfig.Tests.Golden;

/// <summary>
/// Golden-file assertions: the expected text lives in a file in the repository; a mismatch fails
/// with a line diff. Set <c>UPDATE_GOLDEN=1</c> to accept the new output (the file is rewritten).
/// </summary>
internal static class GoldenFile
{
    /// <summary>The repository root (the folder holding ChannelConfig.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>True when golden files should be rewritten rather than compared.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="relativePath"/> (from the repository root).</summary>
    public static void AssertMatches(string relativePath, string actual)
    {
        string path = Path.Combine(RepositoryRoot, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"golden file {relativePath} is missing (run the tests with UPDATE_GOLDEN=1 to create it)");
        }

        AssertEqualText(relativePath, File.ReadAllText(path), actual);
    }

    /// <summary>Fails with a readable line diff when the texts differ.</summary>
    public static void AssertEqualText(string what, string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var sb = new StringBuilder($"{what} differs from the expected text (set UPDATE_GOLDEN=1 to accept the new output):\n");
        int shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged || shown++ > 60)
            {
                continue;
            }

            sb.Append(line.Type == ChangeType.Inserted ? "+ " : line.Type == ChangeType.Deleted ? "- " : "  ").Append(line.Text).Append('\n');
        }

        throw new XunitException(sb.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChannelConfig.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChannelConfig.sln not found above the test assembly");
    }
}
