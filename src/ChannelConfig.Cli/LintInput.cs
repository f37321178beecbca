using ChannelConfig.Cli.Settings;

namespace ChannelConfig.Cli;

/// <summary>One input to lint: a file on disk, or standard input under a name.</summary>
/// <param name="Path">The path as reported (relative as given, or the standard-input name).</param>
/// <param name="FromStdin">True for standard input.</param>
/// <param name="Profile">The settings it is linted with.</param>
/// <param name="Discovered">True when it was found by searching a directory rather than named.</param>
internal sealed record LintInput(string Path, bool FromStdin, LintProfile Profile, bool Discovered);
