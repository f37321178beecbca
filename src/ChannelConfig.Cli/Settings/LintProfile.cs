using ChannelConfig.Channels;
using ChannelConfig.Rules;

namespace ChannelConfig.Cli.Settings;

/// <summary>
/// Everything that decides how the files under one <c>.xlchan.toml</c> (or under none) are found
/// and linted, the command line's options applied over the file's.
/// </summary>
/// <param name="File">The configuration file, or null.</param>
/// <param name="XenLabel">The Xen release as the user wrote it (<c>4.17</c>), or <c>newest</c>.</param>
/// <param name="ChannelOptions">The release, domains and guest domid.</param>
/// <param name="Rules">Rule levels and selection.</param>
/// <param name="Include">Which files to take from directories.</param>
/// <param name="Exclude">Which files and directories to leave out.</param>
internal sealed record LintProfile(
    ConfigFile? File,
    string XenLabel,
    ChannelOptions ChannelOptions,
    RuleConfiguration Rules,
    PatternSet Include,
    PatternSet Exclude)
{
    /// <summary>The patterns a directory is searched with when neither the command line nor a configuration file gives any, and why each is there.</summary>
    public static readonly IReadOnlyList<string> DefaultInclude =
    [
        "*.cfg",        // /etc/xen/NAME.cfg, the name xl's own documentation and most tools use
        "xlexample.*",  // Xen's examples: xlexample.hvm, xlexample.pvlinux, xlexample.pvhlinux
        "*.hvm",        // configs named after the guest type
        "*.pv",
        "*.pvh",
        "*.xl",         // an extension some toolstacks give xl configs to tell them from xm's
    ];
}
