using System.Text.RegularExpressions;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// The differences between xlchan's libxl JSON and real xl's that are known and being fixed in
/// the library. The fixed checks assert them as they are (and fail until the fixes land); the
/// property test folds them away so that it looks for new differences. Remove each rule once its
/// fix is in.
/// </summary>
internal static partial class KnownDefects
{
    /// <summary>The empty member xlchan prints where xl prints none (a file without channels).</summary>
    public const string EmptyChannelsMember = "    \"channels\": [\n    ]";

    /// <summary>The channels member of both sides, with the known differences folded away.</summary>
    public static (string? Real, string? Ours) Fold(string? real, string? ours)
    {
        if (real is null && ours == EmptyChannelsMember)
        {
            // xl prints no "channels" member when there are none; xlchan prints an empty array.
            ours = null;
        }

        // xl -N prints backend_domname alone; xlchan adds the resolved backend_domid.
        ours = ours is null ? null : BackendDomid().Replace(ours, string.Empty);

        // yajl writes \u escapes with upper-case hex digits.
        real = UpperCaseEscapes(EscapeWhatXlchanEscapes(real));
        return (real, UpperCaseEscapes(ours));
    }

    /// <summary>
    /// A difference these checks found, not yet decided on: xlchan escapes in its libxl JSON the
    /// characters it calls unsafe to show (DEL, C1 controls, U+2028 to U+202E, bidi marks; see
    /// <see cref="PrintableText.IsUnsafe(char)"/>), where yajl escapes only those below U+0020 and
    /// copies the rest as they are (<c>name=\x7f</c> gives yajl's raw DEL, xlchan's <c>\u007f</c>).
    /// </summary>
    private static string? EscapeWhatXlchanEscapes(string? json) =>
        json is null ? null : string.Concat(json.Select(c => c >= '\u007f' && PrintableText.IsUnsafe(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static string? UpperCaseEscapes(string? json) =>
        json is null ? null : UnicodeEscape().Replace(json, m => m.Value.ToUpperInvariant().Replace("\\U", "\\u", StringComparison.Ordinal));

    [GeneratedRegex(@"\n *""backend_domid"": \d+,")]
    private static partial Regex BackendDomid();

    [GeneratedRegex(@"\\u[0-9a-fA-F]{4}")]
    private static partial Regex UnicodeEscape();
}
