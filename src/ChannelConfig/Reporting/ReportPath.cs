namespace ChannelConfig.Reporting;

/// <summary>The paths reports for code-scanning services and CI runners give files.</summary>
internal static class ReportPath
{
    /// <summary>
    /// A path relative to <paramref name="baseDirectory"/> when it lies below it, with forward
    /// slashes (as code-scanning services and GitHub's annotations expect); a path outside it as given.
    /// </summary>
    /// <param name="path">The path, as the file was named.</param>
    /// <param name="baseDirectory">The directory paths are relative to (the working directory, which is the repository root in CI), or null to keep every path as given.</param>
    /// <returns>The path to report.</returns>
    public static string Relative(string path, string? baseDirectory)
    {
        if (baseDirectory is null)
        {
            return path;
        }

        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        string relative = Path.GetRelativePath(baseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
