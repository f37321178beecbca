namespace ChannelConfig.Fuzz;

/// <summary>
/// The seed inputs: every xl.cfg file of the conformance and peer data (<c>*.cfg</c>, and Xen's
/// <c>xlexample.*</c> files, which have no extension), read at run time and sorted by path so that
/// a seed gives the same run on every machine.
/// </summary>
internal static class SeedCorpus
{
    private const string DataFolder = "tests/ChannelConfig.Tests/data";

    /// <summary>Loads the seeds.</summary>
    /// <param name="directory">The folder to search, or null to find the test data from the working directory or the program's folder upwards.</param>
    /// <returns>The seeds' bytes, or an empty list when no folder is found.</returns>
    public static IReadOnlyList<byte[]> Load(string? directory)
    {
        directory ??= FindDataFolder(Environment.CurrentDirectory) ?? FindDataFolder(AppContext.BaseDirectory);
        if (directory is null || !Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(IsConfiguration)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
    }

    private static bool IsConfiguration(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith(".cfg", StringComparison.Ordinal) || name.StartsWith("xlexample.", StringComparison.Ordinal) && !name.EndsWith(".json", StringComparison.Ordinal);
    }

    private static string? FindDataFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, DataFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
