using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Import;

/// <summary>
/// The checks libvirt's <c>xenFormatXLChannel</c> leaves out: whether xl reads a name or path
/// written into a channel spec back as the same value.
/// </summary>
internal static class XlChannelValueChecks
{
    /// <summary>Reports every way xl would misread <paramref name="value"/> inside a channel spec.</summary>
    /// <param name="value">The name or path.</param>
    /// <param name="what">What it is, for messages: <c>name</c> or <c>socket path</c>.</param>
    /// <param name="span">Where it is written in the XML.</param>
    /// <param name="diagnostics">Where to report.</param>
    public static void Check(string value, string what, SourceSpan span, List<Diagnostic> diagnostics)
    {
        string shown = PrintableText.Of(value);
        if (XlStringText.HasFieldSeparator(value))
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtValueWithCommaAt(span, what, shown));
        }

        if (XlStringText.HasEquals(value))
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtValueWithEqualsAt(span, what, shown));
        }

        if (value.Contains('"', StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtValueWithQuoteAt(span, what, shown, value.Contains('\'', StringComparison.Ordinal)));
        }

        if (XlStringText.HasEdgeBlank(value))
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtValueTrimmedAt(span, what, shown, PrintableText.Of(XlStringText.TrimEdgeBlanks(value))));
        }

        // Any character the printable-text rule calls unsafe: C0 and C1 controls, DEL, U+2028/9 and
        // bidirectional controls (xl has no escape for them, so the channel line would carry them raw).
        int first = PrintableText.IndexOfUnsafe(value);
        if (first >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtControlCharacterAt(span, what, shown, PrintableText.Describe(value[first])));
        }
    }
}
