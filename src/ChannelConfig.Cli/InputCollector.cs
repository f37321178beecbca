using System.IO.Enumeration;

namespace ChannelConfig.Cli;

/// <summary>
/// Expands the command line's paths into the files to lint: files as given, directories searched
/// recursively for names matching a glob (<c>*.cfg</c> by default, in ordinal path order, without
/// following symbolic links), and <c>-</c> for standard input. Argument order is kept.
/// </summary>
internal static class InputCollector
{
    public static bool TryCollect(IReadOnlyList<string> paths, string include, string stdinName, TextWriter stderr, out List<LintInput> inputs)
    {
        inputs = [];
        bool ok = true;
        foreach (string path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new LintInput(stdinName, FromStdin: true));
                continue;
            }

            if (!Directory.Exists(path))
            {
                inputs.Add(new LintInput(path, FromStdin: false));
                continue;
            }

            try
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = false,
                    AttributesToSkip = FileAttributes.ReparsePoint,
                    MatchType = MatchType.Simple,
                };
                var found = Directory.EnumerateFiles(path, "*", options)
                    .Where(f => FileSystemName.MatchesSimpleExpression(include, Path.GetFileName(f)))

                    // Like grep -r: FIFOs, devices and sockets met while recursing are skipped
                    // (opening a FIFO waits for a writer; a device may never end).
                    .Where(f => FileKinds.Of(f) != FileKind.Special)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new LintInput(f, FromStdin: false));
                inputs.AddRange(found);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                stderr.WriteLine($"xlchan: {path}: cannot read directory: {e.Message}");
                ok = false;
            }
        }

        return ok;
    }
}
