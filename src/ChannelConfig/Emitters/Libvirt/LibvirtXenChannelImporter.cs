using System.Xml;
using System.Xml.Linq;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>
/// Reads a libvirt domain XML and writes its Xen channels as an xl <c>channel</c> line, the way
/// libvirt's <c>xenFormatXLChannel</c> does (<c>connection</c>, <c>path</c>, <c>name</c>, in that
/// order): <c>channel = [ "connection=socket,path=/path/to/socket,name=org.qemu.guest_agent.0" ]</c>.
/// </summary>
/// <remarks>
/// Where libvirt's converter is silent or writes something xl rejects or misreads, a diagnostic
/// says so (XLC0200–XLC0215): channels that are not Xen channels, unsupported sources, unix
/// channels without a path, values with <c>,</c>, <c>=</c>, <c>"</c>, blanks at the ends or control
/// characters. Strings are quoted so that xl reads them back unchanged. Stateless and thread-safe.
/// </remarks>
public static class LibvirtXenChannelImporter
{
    /// <summary>The most diagnostics an import lists (then one XLC0031 entry says how many more there are).</summary>
    public const int MaxDiagnostics = 1000;

    /// <summary>How deeply elements may nest (the root is level 1); deeper XML is refused with XLC0216.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>The most attributes an element may have; more is refused with XLC0216.</summary>
    public const int MaxAttributes = 1000;

    /// <summary>Converts the channels of a domain XML.</summary>
    /// <param name="xml">The domain XML file.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The channel line, each spec, and the diagnostics.</returns>
    public static LibvirtChannelImport Import(SourceText xml, LibvirtImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options ??= LibvirtImportOptions.Default;
        var map = new XmlSourceMap(xml);
        var diagnostics = new List<Diagnostic>();
        if (!TryLoad(xml, map, diagnostics, out var domain))
        {
            return new LibvirtChannelImport(null, [], diagnostics);
        }

        string? domainType = (string?)domain.Attribute("type");
        if (domainType != "xen")
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtNotXenDomain, map.Of(domain),
                domainType is null
                    ? "the <domain> has no type: only channels with <target type='xen'> are converted"
                    : $"this is a `{PrintableText.Of(domainType)}` domain, not a Xen one: only channels with <target type='xen'> are converted"));
        }

        var reader = new LibvirtXenChannelReader(map, options, ((string?)domain.Element("name"))?.Trim() ?? string.Empty, diagnostics);
        var specs = new List<string>();
        foreach (var channel in domain.Elements("devices").Elements("channel"))
        {
            if (reader.TryRead(channel, out string spec))
            {
                specs.Add(spec);
            }
        }

        if (specs.Count == 0)
        {
            var sorted = Sorted(diagnostics);
            sorted.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtNoXenChannels, map.Of(domain),
                "the domain has no Xen channel to convert: no `channel` line is written"));
            return new LibvirtChannelImport(null, [], sorted);
        }

        string line = "channel = [ " + string.Join(", ", specs.Select(XlStringLiteral.Quote)) + " ]";
        return new LibvirtChannelImport(line, specs, Sorted(diagnostics));
    }

    /// <summary>Converts the channels of a domain XML given as text.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="name">The file name used in diagnostics.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The channel line, each spec, and the diagnostics.</returns>
    public static LibvirtChannelImport Parse(string xml, string name = "domain.xml", LibvirtImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Import(SourceText.FromString(name, xml), options);
    }

    /// <summary>
    /// The diagnostics in file order, the first <see cref="MaxDiagnostics"/> of them, then (when
    /// there are more) one XLC0031 entry with the severity of the worst one left out, so that the
    /// result's <see cref="LibvirtChannelImport.HasErrors"/> is the same as with all of them.
    /// </summary>
    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics)
    {
        List<Diagnostic> sorted = [.. diagnostics.OrderBy(d => d.Span.Start.Offset)];
        if (sorted.Count <= MaxDiagnostics)
        {
            return sorted;
        }

        var worst = sorted.Skip(MaxDiagnostics).Max(d => d.Severity);
        var note = new Diagnostic(
            DiagnosticCatalog.TooManyDiagnostics, sorted[MaxDiagnostics].Span,
            $"more than {MaxDiagnostics} diagnostics: the rest of this file's findings ({sorted.Count - MaxDiagnostics}) are not listed; fix the ones above first",
            severity: worst);
        sorted.RemoveRange(MaxDiagnostics, sorted.Count - MaxDiagnostics);
        sorted.Add(note);
        return sorted;
    }

    /// <summary>
    /// Reads the XML once without building it, and fails (XLC0216) at an element nested deeper
    /// than <see cref="MaxXmlDepth"/> or with more than <see cref="MaxAttributes"/> attributes:
    /// building such a document takes the XML library time that grows faster than its size.
    /// </summary>
    private static bool WithinLimits(byte[] bytes, XmlReaderSettings settings, XmlSourceMap map, List<Diagnostic> diagnostics)
    {
        const string Advice = "no libvirt domain XML does, so it is not read; check that this is the output of `virsh dumpxml`";
        int crowded = XmlAttributeCount.FindTagWithMoreThan(bytes, MaxAttributes);
        if (crowded >= 0)
        {
            var tag = map.Bytes(crowded, crowded + 1);
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtXmlTooComplex, tag,
                $"the XML has an element with more than {MaxAttributes} attributes: {Advice}"));
            return false;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            string? problem = reader.Depth >= MaxXmlDepth ? $"elements nested more than {MaxXmlDepth} levels deep"
                : reader.AttributeCount > MaxAttributes ? $"an element with more than {MaxAttributes} attributes"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.LibvirtXmlTooComplex, map.Span(info.LineNumber, info.LinePosition - 1, reader.LocalName.Length + 1),
                    $"the XML has {problem}: {Advice}"));
                return false;
            }
        }

        return true;
    }

    private static bool TryLoad(SourceText xml, XmlSourceMap map, List<Diagnostic> diagnostics, out XElement domain)
    {
        domain = null!;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            byte[] bytes = xml.Bytes.ToArray();
            if (!WithinLimits(bytes, settings, map, diagnostics))
            {
                return false;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Root is not { } root || root.Name != XName.Get("domain"))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.LibvirtXmlUnreadable, document.Root is null ? default : map.Of(document.Root),
                    $"the root element is <{document.Root?.Name.LocalName}>, not <domain>: this is not a libvirt domain XML"));
                return false;
            }

            domain = root;
            return true;
        }
        catch (XmlException e)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.LibvirtXmlUnreadable, map.Span(e.LineNumber, e.LinePosition, 1),
                $"the XML cannot be read: {e.Message}"));
            return false;
        }
    }
}
