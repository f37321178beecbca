using ChannelConfig.Rules;

namespace ChannelConfig.Cli.Settings;

/// <summary>
/// One <c>.xlchan.toml</c>: a team's settings for the configs below its directory. Every key is
/// optional; a key that is absent leaves the default (or the command line) in force.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Xen">The Xen release to reproduce (<c>xen = "4.17"</c>), as written, or null.</param>
/// <param name="Include">File patterns to take from directories, or null for the defaults.</param>
/// <param name="Exclude">Patterns of files and directories to leave out, or null.</param>
/// <param name="Rules">Levels by rule code (<c>[rules]</c>).</param>
/// <param name="Domains">Running domains that <c>backend=</c> may name (<c>[domains]</c>).</param>
/// <param name="DocsUrl">The absolute URL of the rules' reference page, for SARIF, or null.</param>
internal sealed record ConfigFile(
    string Path,
    string? Xen,
    IReadOnlyList<string>? Include,
    IReadOnlyList<string>? Exclude,
    IReadOnlyDictionary<string, RuleLevel> Rules,
    IReadOnlyList<KeyValuePair<string, uint>> Domains,
    string? DocsUrl)
{
    /// <summary>The name xlchan looks for, walking up from each linted file.</summary>
    public const string FileName = ".xlchan.toml";

    /// <summary>The directory the file's patterns are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
