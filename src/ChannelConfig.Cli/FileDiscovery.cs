using ChannelConfig.Cli.Settings;
using ChannelConfig.Text;
using MAB.DotIgnore;

namespace ChannelConfig.Cli;

/// <summary>
/// Expands the command line's paths into the files to lint. Files named are taken as they are
/// (whatever the patterns say); <c>-</c> is standard input; a directory is searched recursively for
/// files that match its profile's include patterns and none of its exclude patterns, in ordinal
/// path order. The search never follows symbolic links and skips hidden entries (names starting
/// with <c>.</c>), <c>node_modules</c>, FIFOs and devices, and whatever the <c>.gitignore</c> files
/// in the tree (and above it, up to the repository's root) ignore. A directory that cannot be read
/// is reported and the search goes on, as <c>grep -r</c> does.
/// </summary>
internal sealed class FileDiscovery
{
    private readonly ProfileResolver _profiles;
    private readonly TextWriter _stderr;
    private readonly bool _forceExclude;

    /// <summary>Creates a discovery over the given profiles.</summary>
    /// <param name="profiles">The settings of each directory.</param>
    /// <param name="stderr">Where unreadable directories are reported.</param>
    /// <param name="forceExclude">
    /// Treat named files as found ones: leave out those the exclude patterns or .gitignore match,
    /// and give a file of another format one note. For tools that pass every changed file by name
    /// (pre-commit), as ruff's <c>--force-exclude</c> does.
    /// </param>
    public FileDiscovery(ProfileResolver profiles, TextWriter stderr, bool forceExclude = false)
    {
        _profiles = profiles;
        _stderr = stderr;
        _forceExclude = forceExclude;
    }

    /// <summary>The inputs found, in argument order.</summary>
    public List<LintInput> Inputs { get; } = [];

    /// <summary>True when a directory could not be read or a directory argument held nothing to lint.</summary>
    public bool Failed { get; private set; }

    /// <summary>Adds one command-line path.</summary>
    /// <param name="path">A file, a directory or <c>-</c>.</param>
    /// <param name="stdinName">The name standard input is reported under.</param>
    public void Add(string path, string stdinName)
    {
        if (path == "-")
        {
            Inputs.Add(new LintInput(stdinName, FromStdin: true, _profiles.ForDirectory(Environment.CurrentDirectory), Discovered: false));
            return;
        }

        if (FileKinds.Of(path) != FileKind.Directory)
        {
            var profile = _profiles.ForFile(path);
            string full = Path.GetFullPath(path);
            if (_forceExclude && (profile.Exclude.Matches(full, isDirectory: false) || GitIgnores.Above(full).Ignores(full, isDirectory: false)))
            {
                return;
            }

            Inputs.Add(new LintInput(path, FromStdin: false, profile, Discovered: _forceExclude));
            return;
        }

        var found = new List<LintInput>();
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        Search(path, found, patterns);
        if (found.Count == 0)
        {
            _stderr.WriteLine(ErrorLines.ForFile(path, $"no files to lint: nothing below it matches {string.Join(", ", patterns)} (hidden entries, node_modules and what .gitignore ignores are skipped; name a file, or set include patterns with --include or in {ConfigFile.FileName})"));
            Failed = true;
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        Inputs.AddRange(found);
    }

    private void Search(string root, List<LintInput> found, HashSet<string> patternsSeen)
    {
        var pending = new Stack<(string Directory, GitIgnores Ignores)>();
        pending.Push((root, GitIgnores.Above(root)));
        while (pending.Count > 0)
        {
            var (directory, parentIgnores) = pending.Pop();
            var profile = _profiles.ForDirectory(directory);
            patternsSeen.UnionWith(profile.Include.Patterns);
            List<string> files, directories;
            GitIgnores ignores;
            try
            {
                ignores = parentIgnores.With(directory);
                (files, directories) = List(directory);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                _stderr.WriteLine(ErrorLines.ForFile(directory, $"cannot read directory: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)} (the rest of the search goes on)"));
                Failed = true;
                continue;
            }

            foreach (string file in files)
            {
                string full = Path.GetFullPath(file);
                if (!IsHidden(file) && profile.Include.Matches(full, isDirectory: false) && !profile.Exclude.Matches(full, isDirectory: false)
                    && !ignores.Ignores(full, isDirectory: false))
                {
                    found.Add(new LintInput(file, FromStdin: false, profile, Discovered: true));
                }
            }

            // Pushed in reverse so that the search visits them in order (the result is sorted anyway).
            for (int i = directories.Count - 1; i >= 0; i--)
            {
                string sub = directories[i];
                string full = Path.GetFullPath(sub);
                string name = Path.GetFileName(sub);
                if (IsHidden(sub) || name == "node_modules" || profile.Exclude.Matches(full, isDirectory: true) || ignores.Ignores(full, isDirectory: true))
                {
                    continue;
                }

                pending.Push((sub, ignores));
            }
        }
    }

    /// <summary>
    /// A directory's regular files and subdirectories, in ordinal order. Symbolic links are left
    /// out (the search never follows them), and so are FIFOs, devices and sockets (like grep -r:
    /// opening a FIFO waits for a writer, a device may never end). On Linux the names are read as
    /// bytes, so a name that is not UTF-8 is found and opened as it is (LinuxFileNames).
    /// </summary>
    private static (List<string> Files, List<string> Directories) List(string directory)
    {
        var files = new List<string>();
        var directories = new List<string>();
        if (!LinuxFileNames.Supported)
        {
            files.AddRange(Directory.GetFiles(directory, "*", Options).Where(f => FileKinds.Of(f) != FileKind.Special));
            directories.AddRange(Directory.GetDirectories(directory, "*", Options));
        }
        else
        {
            foreach (var (name, listed) in LinuxFileNames.ReadDirectory(directory))
            {
                string path = Path.Combine(directory, name);
                var kind = listed;
                if (kind == FileKind.Unknown)
                {
                    if (IsSymbolicLink(path))
                    {
                        continue;
                    }

                    kind = FileKinds.Of(path);
                }

                (kind == FileKind.Directory ? directories : kind == FileKind.Regular ? files : null)?.Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        directories.Sort(StringComparer.Ordinal);
        return (files, directories);
    }

    /// <summary>True for a symbolic link (a name with bytes that are not UTF-8 cannot be asked, and counts as none).</summary>
    private static bool IsSymbolicLink(string path) =>
        !FileNameText.HasEscapedBytes(path) && new FileInfo(path).LinkTarget is not null;

    private static EnumerationOptions Options { get; } = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
        ReturnSpecialDirectories = false,
    };

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>The .gitignore files in force in a directory: each with the directory its patterns are relative to, outermost first.</summary>
    private sealed class GitIgnores
    {
        private static readonly GitIgnores None = new([]);
        private readonly (string Base, IgnoreList List)[] _lists;

        private GitIgnores((string Base, IgnoreList List)[] lists) => _lists = lists;

        /// <summary>The .gitignore files of a directory's ancestors, from the repository's root (the nearest ancestor with a .git) down; none outside a repository.</summary>
        public static GitIgnores Above(string directory)
        {
            var ancestors = new List<string>();
            for (string? dir = Path.GetDirectoryName(Path.GetFullPath(directory)); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                ancestors.Add(dir);
                if (Path.Exists(Path.Combine(dir, ".git")))
                {
                    ancestors.Reverse();
                    var result = None;
                    foreach (string a in ancestors)
                    {
                        result = result.With(a);
                    }

                    return result;
                }
            }

            return None;
        }

        /// <summary>These and the directory's own .gitignore, if it has one.</summary>
        public GitIgnores With(string directory)
        {
            string file = Path.Combine(directory, ".gitignore");
            if (!File.Exists(file))
            {
                return this;
            }

            var list = new IgnoreList(file, MatchFlags.PATHNAME);
            return new GitIgnores([.. _lists, (Path.GetFullPath(directory), list)]);
        }

        /// <summary>True when a .gitignore in force ignores the path.</summary>
        public bool Ignores(string fullPath, bool isDirectory)
        {
            foreach (var (baseDirectory, list) in _lists)
            {
                string relative = Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
                if (list.IsIgnored(relative, isDirectory))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
