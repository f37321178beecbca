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
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtValueWithComma, span,
                $"the {what} `{shown}` contains `,`, which xl reads as the end of the field (there is no escape for it): xl rejects or misreads the channel; remove the comma"));
        }

        if (XlStringText.HasEquals(value))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtValueWithEquals, span,
                $"the {what} `{shown}` contains `=`: Xen 4.18 and later read it whole, but older xl cuts the value at the `=`; remove it if older hosts may read this file"));
        }

        if (value.Contains('"', StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtValueWithQuote, span,
                value.Contains('\'', StringComparison.Ordinal)
                    ? $"the {what} `{shown}` contains both `\"` and `'`: libvirt writes a \"\"\"…\"\"\" string that xl cannot read (this line escapes the quote instead), and xl.cfg(5) forbids `\"` in channel values; remove the quotes"
                    : $"the {what} `{shown}` contains `\"`, which xl.cfg(5) forbids in channel values; xl reads it in this line's quoting, but hand-written files often break; remove it"));
        }

        if (XlStringText.HasEdgeBlank(value))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtValueTrimmed, span,
                $"the {what} `{shown}` starts or ends with a blank, which xl trims: after conversion it is `{PrintableText.Of(value.Trim(' ', '\t', '\n', '\v', '\f', '\r'))}`; remove the blank"));
        }

        // Any character the printable-text rule calls unsafe: C0 and C1 controls, DEL, U+2028/9 and
        // bidirectional controls (xl has no escape for them, so the channel line would carry them raw).
        int first = PrintableText.IndexOfUnsafe(value);
        if (first >= 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtControlCharacter, span,
                $"the {what} `{shown}` contains {PrintableText.Describe(value[first])}, which breaks QEMU's options, xenstore listings, udev rules and scripts; remove it"));
        }
    }
}
