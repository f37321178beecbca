namespace ChannelConfig.Cli.Settings;

/// <summary>What the command line (and the environment) said about lint settings; null or empty where it said nothing, so a configuration file's value applies.</summary>
/// <param name="Xen">The Xen release from <c>--xen</c>, else <c>XLCHAN_XEN</c>, or null.</param>
/// <param name="XenOrigin">Where <see cref="Xen"/> came from, for messages (<c>--xen</c> or <c>XLCHAN_XEN</c>).</param>
/// <param name="Domains">Domains from <c>--domain</c>, added to the file's.</param>
/// <param name="Domid">The guest's domain id.</param>
/// <param name="Select">Code prefixes from <c>--select</c>.</param>
/// <param name="Ignore">Code prefixes from <c>--ignore</c>.</param>
/// <param name="Include">Patterns from <c>--include</c>, or null.</param>
/// <param name="Exclude">Patterns from <c>--exclude</c> (added to the file's).</param>
/// <param name="ConfigPath">The file from <c>--config</c>, or null.</param>
/// <param name="NoConfig">True for <c>--no-config</c>.</param>
internal sealed record LintCommandLine(
    string? Xen,
    string XenOrigin,
    IReadOnlyList<KeyValuePair<string, uint>> Domains,
    uint Domid,
    IReadOnlyList<string> Select,
    IReadOnlyList<string> Ignore,
    IReadOnlyList<string>? Include,
    IReadOnlyList<string> Exclude,
    string? ConfigPath,
    bool NoConfig);
