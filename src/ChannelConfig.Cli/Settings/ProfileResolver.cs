using ChannelConfig.Channels;
using ChannelConfig.Rules;

namespace ChannelConfig.Cli.Settings;

/// <summary>
/// Finds the <c>.xlchan.toml</c> that applies to each directory (the nearest one walking up,
/// unless <c>--config</c> or <c>--no-config</c> says otherwise) and builds its profile, once per
/// file. Command-line options override the file; the file overrides the defaults.
/// </summary>
internal sealed class ProfileResolver
{
    private readonly LintCommandLine _commandLine;
    private readonly string _commandLineBase;
    private readonly Dictionary<string, ConfigFile?> _nearest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintProfile> _profiles = new(StringComparer.Ordinal);
    private readonly ConfigFile? _explicit;
    private LintProfile? _withoutFile;

    private ProfileResolver(LintCommandLine commandLine, ConfigFile? explicitFile)
    {
        _commandLine = commandLine;
        _commandLineBase = Environment.CurrentDirectory;
        _explicit = explicitFile;
    }

    /// <summary>Every problem met so far in configuration files, as <c>PATH:LINE:COL: message</c>.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The configuration files in use, in the order they were first met.</summary>
    public List<ConfigFile> FilesUsed { get; } = [];

    /// <summary>Creates a resolver; reads <c>--config</c>'s file at once.</summary>
    /// <param name="commandLine">The command line's settings.</param>
    /// <param name="resolver">The resolver (its <see cref="Errors"/> say what went wrong).</param>
    /// <returns>False when <c>--config</c>'s file is missing or invalid.</returns>
    public static bool TryCreate(LintCommandLine commandLine, out ProfileResolver resolver)
    {
        ConfigFile? file = null;
        List<string> errors = [];
        bool ok = commandLine.ConfigPath is null || ConfigFileReader.TryRead(commandLine.ConfigPath, out file, out errors);
        resolver = new ProfileResolver(commandLine, ok ? file : null);
        resolver.Errors.AddRange(errors);
        if (file is not null)
        {
            resolver.FilesUsed.Add(file);
        }

        return ok;
    }

    /// <summary>The profile for the files of a directory.</summary>
    /// <param name="directory">The directory (relative or absolute).</param>
    /// <returns>The profile.</returns>
    public LintProfile ForDirectory(string directory)
    {
        var file = _commandLine.NoConfig ? null : _explicit ?? Nearest(Path.GetFullPath(directory));
        if (file is null)
        {
            return _withoutFile ??= Build(null);
        }

        if (!_profiles.TryGetValue(file.Path, out var profile))
        {
            profile = Build(file);
            _profiles[file.Path] = profile;
        }

        return profile;
    }

    /// <summary>The profile for one file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The profile.</returns>
    public LintProfile ForFile(string path) =>
        ForDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory);

    private ConfigFile? Nearest(string directory)
    {
        var visited = new List<string>();
        ConfigFile? found = null;
        for (string? dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (_nearest.TryGetValue(dir, out found))
            {
                break;
            }

            visited.Add(dir);
            string candidate = Path.Combine(dir, ConfigFile.FileName);
            if (File.Exists(candidate))
            {
                if (ConfigFileReader.TryRead(candidate, out var file, out var errors))
                {
                    found = file;
                    FilesUsed.Add(file);
                }
                else
                {
                    Errors.AddRange(errors);
                }

                break;
            }
        }

        foreach (string dir in visited)
        {
            _nearest[dir] = found;
        }

        return found;
    }

    private LintProfile Build(ConfigFile? file)
    {
        var line = _commandLine;
        string xenText = line.Xen ?? file?.Xen ?? "newest";
        _ = XenVersion.TryParse(xenText, out var version); // checked where it was read

        var domains = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var (name, id) in (file?.Domains ?? []).Concat(line.Domains))
        {
            domains[name] = id;
        }

        var rules = new RuleConfiguration(file?.Rules, line.Select, line.Ignore);
        string baseDirectory = file?.Directory ?? _commandLineBase;
        var include = line.Include is { Count: > 0 } cli
            ? new PatternSet(_commandLineBase, cli)
            : new PatternSet(baseDirectory, file?.Include ?? LintProfile.DefaultInclude);
        var exclude = new PatternSet(baseDirectory, [.. file?.Exclude ?? [], .. line.Exclude.Select(p => Rebase(p, baseDirectory))]);
        return new LintProfile(
            file,
            xenText,
            new ChannelOptions { Version = version, Domains = new DomainTable(domains), GuestDomid = line.Domid },
            rules,
            include,
            exclude);
    }

    /// <summary>A command-line pattern (relative to the working directory) made relative to a file's base directory.</summary>
    private string Rebase(string pattern, string baseDirectory)
    {
        if (!pattern.Contains('/', StringComparison.Ordinal) || pattern.EndsWith('/') && pattern.IndexOf('/') == pattern.Length - 1 || baseDirectory == _commandLineBase)
        {
            return pattern; // a name pattern matches at any depth wherever it is based
        }

        bool negated = pattern.StartsWith('!');
        string body = (negated ? pattern[1..] : pattern).TrimStart('/');
        string full = Path.GetFullPath(Path.Combine(_commandLineBase, body));
        string rebased = Path.GetRelativePath(baseDirectory, full).Replace('\\', '/');
        return (negated ? "!" : string.Empty) + "/" + rebased;
    }
}
