using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Import;

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
    /// <param name="channelDirectory">libvirt's channel directory (<c>channel_dir</c>; by default <c>/var/lib/libvirt/libxl/channel/target</c>): a unix channel without a path gets <c>DIR/DOMAIN-NAME</c>, as libvirt gives it at start. When null, such a channel is an error.</param>
    /// <returns>The channel line, each spec, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    public static LibvirtChannelImport Import(SourceText xml, string? channelDirectory = null) =>
        Import(xml, channelDirectory is null ? LibvirtImportOptions.Default : new LibvirtImportOptions { ChannelDirectory = channelDirectory });

    /// <summary>Converts the channels of a domain XML with the importer's options.</summary>
    /// <param name="xml">The domain XML file.</param>
    /// <param name="options">The options.</param>
    /// <returns>The channel line, each spec, and the diagnostics.</returns>
    internal static LibvirtChannelImport Import(SourceText xml, LibvirtImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(options);
        var map = new XmlSourceMap(xml);
        var diagnostics = new List<Diagnostic>();
        if (!LibvirtDomainXml.TryRead(xml, map, diagnostics, out var domain))
        {
            return new LibvirtChannelImport(null, [], diagnostics);
        }

        string? domainType = domain.Type;
        if (domainType != "xen")
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtNotXenDomainAt(domain.Span, domainType is null ? null : PrintableText.Of(domainType)));
        }

        var reader = new LibvirtXenChannelReader(map, options, domain.Name, diagnostics);
        var specs = new List<string>();
        foreach (var channel in domain.Channels())
        {
            if (reader.TryRead(channel, out string spec))
            {
                specs.Add(spec);
            }
        }

        if (specs.Count == 0)
        {
            var sorted = Sorted(diagnostics);
            sorted.Add(DiagnosticCatalog.LibvirtNoXenChannelsAt(domain.Span));
            return new LibvirtChannelImport(null, [], sorted);
        }

        string line = ChannelLine(specs);
        return new LibvirtChannelImport(line, specs, Sorted(diagnostics));
    }

    /// <summary>Converts the channels of a domain XML given as text.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="name">The file name used in diagnostics.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The channel line, each spec, and the diagnostics.</returns>
    internal static LibvirtChannelImport Parse(string xml, string name = "domain.xml", LibvirtImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Import(SourceText.FromString(name, xml), options ?? LibvirtImportOptions.Default);
    }

    /// <summary><c>channel = [ "SPEC", … ]</c>, made in one string of its exact length (the line of a hundred thousand channels is megabytes long).</summary>
    private static string ChannelLine(List<string> specs)
    {
        const string Start = "channel = [ ";
        const string Separator = ", ";
        const string End = " ]";
        var quoted = new string[specs.Count];
        int length = Start.Length + End.Length + (Separator.Length * (specs.Count - 1));
        for (int i = 0; i < quoted.Length; i++)
        {
            quoted[i] = XlStringText.Quote(specs[i]);
            length += quoted[i].Length;
        }

        return string.Create(length, quoted, (line, parts) =>
        {
            Start.CopyTo(line);
            int at = Start.Length;
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Separator.CopyTo(line[at..]);
                    at += Separator.Length;
                }

                parts[i].CopyTo(line[at..]);
                at += parts[i].Length;
            }

            End.CopyTo(line[at..]);
        });
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
        var note = DiagnosticCatalog.TooManyDiagnosticsAt(sorted[MaxDiagnostics].Span, MaxDiagnostics, sorted.Count - MaxDiagnostics, worst);
        sorted.RemoveRange(MaxDiagnostics, sorted.Count - MaxDiagnostics);
        sorted.Add(note);
        return sorted;
    }
}
