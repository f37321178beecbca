using ChannelConfig.Channels;

namespace ChannelConfig.Cli;

/// <summary>
/// The Xen releases xlchan reproduces: 4.5 (the first with channels) to 4.22, at any patch level,
/// and <c>newest</c> (the development tree). One check for <c>--xen</c>, <c>XLCHAN_XEN</c> and
/// <c>xen =</c> in <c>.xlchan.toml</c>, so an unknown release such as <c>5.0</c> is refused alike.
/// </summary>
internal static class XenReleases
{
    /// <summary>The newest released minor version that is modelled.</summary>
    private const int LastMinor = 22;

    /// <summary>What a user may write, for messages.</summary>
    public static string Known => $"4.5 to 4.{LastMinor} (with a patch level such as 4.20.1 where it matters) or newest";

    /// <summary>Parses a release.</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The release.</param>
    /// <returns>True for a modelled release.</returns>
    public static bool TryParse(string? text, out XenVersion version) =>
        XenVersion.TryParse(text, out version) && (version == XenVersion.Newest || (version.Major == 4 && version.Minor <= LastMinor));

    /// <summary>The message for a release that is not modelled.</summary>
    /// <param name="where">Where it was written (<c>--xen 5.0</c>).</param>
    /// <returns>The message.</returns>
    public static string Unknown(string where) => $"{where}: not a Xen release xlchan models; write {Known}";
}
