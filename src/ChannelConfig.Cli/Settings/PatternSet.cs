using MAB.DotIgnore;

namespace ChannelConfig.Cli.Settings;

/// <summary>
/// Glob patterns with .gitignore's meaning (MAB.DotIgnore): a pattern without a slash matches a
/// name at any depth (<c>*.cfg</c>), one with a slash is anchored to the base directory
/// (<c>vendor/**</c>, <c>templates/*.tmpl</c>), a trailing slash matches directories only, and
/// <c>!</c> re-includes. A path outside the base directory is matched by its name alone.
/// </summary>
internal sealed class PatternSet
{
    private readonly IgnoreList _list;

    /// <summary>Creates a set.</summary>
    /// <param name="baseDirectory">The directory the patterns are relative to.</param>
    /// <param name="patterns">The patterns.</param>
    public PatternSet(string baseDirectory, IReadOnlyList<string> patterns)
    {
        BaseDirectory = Path.GetFullPath(baseDirectory);
        Patterns = patterns;
        _list = new IgnoreList(patterns, MatchFlags.PATHNAME);
    }

    /// <summary>The directory the patterns are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>The patterns, as written.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>True when the set has no pattern.</summary>
    public bool IsEmpty => Patterns.Count == 0;

    /// <summary>True when a pattern matches the path.</summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <param name="isDirectory">True for a directory.</param>
    /// <returns>True on a match.</returns>
    public bool Matches(string fullPath, bool isDirectory)
    {
        if (IsEmpty)
        {
            return false;
        }

        string relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(fullPath);
        }

        return _list.IsIgnored(relative, isDirectory);
    }
}
