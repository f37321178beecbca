using System.Globalization;

namespace ChannelConfig.Channels;

/// <summary>
/// A Xen release, for the behaviour that changed between releases (channels exist since 4.5).
/// The default, <see cref="Newest"/>, is the behaviour of the current development tree.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Major">Major version (4).</param>
/// <param name="Minor">Minor version.</param>
/// <param name="Patch">Patch level (0 when not given).</param>
public readonly record struct XenVersion(int Major, int Minor, int Patch) : IComparable<XenVersion>
{
    /// <summary>The newest behaviour (the development tree after 4.22).</summary>
    public static XenVersion Newest { get; } = new(4, 23, 0);

    /// <summary>The first release with channels.</summary>
    public static XenVersion FirstWithChannels { get; } = new(4, 5, 0);

    /// <summary>
    /// Before 4.18, xl split each <c>key=value</c> with <c>strtok</c>: the value stops at the next
    /// <c>=</c> and a field starting with <c>=</c> is rejected.
    /// </summary>
    public bool SplitsValueAtNextEquals => this < new XenVersion(4, 18, 0);

    /// <summary>
    /// 4.11 to 4.20.0 (and 4.18.0–4.18.4, 4.19.0–4.19.1): xl numbers channels from 0 and libxl
    /// uses that number as the console number, so the first channel becomes console 0 (the
    /// primary console), is rejected, and never reaches xenstore.
    /// </summary>
    public bool LosesFirstChannel =>
        this >= new XenVersion(4, 11, 0) && Major == 4 && Minor switch
        {
            18 => Patch < 5,
            19 => Patch < 2,
            20 => Patch < 1,
            < 18 => true,
            _ => false,
        };

    /// <summary>4.5 to 4.10: xl numbers channels from 0 and libxl puts channel i on console i+1.</summary>
    public bool NumbersChannelsFromZero => LosesFirstChannel || this < new XenVersion(4, 11, 0);

    /// <summary>QEMU gets <c>server=on,wait=off</c> (4.16 and later) rather than <c>server,nowait</c>.</summary>
    public bool UsesQemuOnOffBooleans => this >= new XenVersion(4, 16, 0);

    /// <summary>libxl writes the backend <c>name</c> node and its private <c>/libxl</c> copy (4.7 and later).</summary>
    public bool WritesLibxlPrivateNodes => this >= new XenVersion(4, 7, 0);

    /// <summary>libxl prints JSON through json-c (4.21 and later) rather than yajl.</summary>
    public bool UsesJsonC => this >= new XenVersion(4, 21, 0);

    /// <summary>Parses <c>4.17</c>, <c>4.20.0</c> or <c>newest</c>.</summary>
    /// <param name="text">The version text.</param>
    /// <param name="version">The version.</param>
    /// <returns>True when the text is a version with channels (4.5 or later).</returns>
    public static bool TryParse(string? text, out XenVersion version)
    {
        version = Newest;
        if (string.IsNullOrWhiteSpace(text) || text.Equals("newest", StringComparison.OrdinalIgnoreCase) || text.Equals("head", StringComparison.OrdinalIgnoreCase))
        {
            return text is not null && text.Length > 0;
        }

        var parts = text.Split('.');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new XenVersion(numbers[0], numbers[1], numbers[2]);
        return version >= FirstWithChannels;
    }

    /// <inheritdoc />
    public int CompareTo(XenVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    /// <summary>Compares versions.</summary>
    public static bool operator <(XenVersion a, XenVersion b) => a.CompareTo(b) < 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >(XenVersion a, XenVersion b) => a.CompareTo(b) > 0;

    /// <summary>Compares versions.</summary>
    public static bool operator <=(XenVersion a, XenVersion b) => a.CompareTo(b) <= 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >=(XenVersion a, XenVersion b) => a.CompareTo(b) >= 0;

    /// <inheritdoc />
    public override string ToString() => this == Newest ? "newest" : $"{Major}.{Minor}.{Patch}";
}
