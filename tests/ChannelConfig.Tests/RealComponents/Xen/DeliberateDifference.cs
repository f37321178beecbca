using ChannelConfig.Text;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// The one difference between xlchan's libxl JSON and real xl's that is deliberate (see
/// docs/xl-channel.md, "libxl JSON"): every comparison with xl folds it away, and
/// <c>XlDryRunTests</c> shows it once, on DEL. The defects these checks found
/// first (an empty "channels" member, backend_domid in xl -N create's view, lower-case \u escapes)
/// are fixed and no longer folded.
/// </summary>
internal static class DeliberateDifference
{
    /// <summary>The channels member of both sides, with the deliberate difference folded away.</summary>
    public static (string? Real, string? Ours) Fold(string? real, string? ours) => (EscapeWhatXlchanEscapes(real), ours);

    /// <summary>
    /// xlchan escapes in its libxl JSON the
    /// characters it calls unsafe to show (DEL, C1 controls, U+2028 to U+202E, bidi marks; see
    /// <see cref="PrintableText.IsUnsafe(char)"/>), where yajl escapes only those below U+0020 and
    /// copies the rest as they are (<c>name=\x7f</c> gives yajl's raw DEL, xlchan's <c>\u007F</c>, yajl's own upper-case hex).
    /// </summary>
    private static string? EscapeWhatXlchanEscapes(string? json) =>
        json is null ? null : string.Concat(json.Select(c => c >= '\u007f' && PrintableText.IsUnsafe(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
