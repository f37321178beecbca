using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Import;

/// <summary>
/// Reads a domain XML in two streaming passes instead of building it whole (a document tree takes
/// twenty times the XML's size): the first checks the limits and reads the root's name, type and
/// <c>&lt;name&gt;</c>; the second builds one <c>&lt;channel&gt;</c> element at a time.
/// </summary>
internal sealed class LibvirtDomainXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
    };

    private readonly ReadOnlyMemory<byte> _bytes;

    private LibvirtDomainXml(ReadOnlyMemory<byte> bytes, string? type, string name, SourceSpan span)
    {
        _bytes = bytes;
        Type = type;
        Name = name;
        Span = span;
    }

    /// <summary>The root's <c>type</c> attribute (<c>xen</c> for a Xen domain).</summary>
    public string? Type { get; }

    /// <summary>The text of the first <c>&lt;name&gt;</c> child of the root, trimmed; empty without one.</summary>
    public string Name { get; }

    /// <summary>The root's start-tag name, from its <c>&lt;</c>.</summary>
    public SourceSpan Span { get; }

    /// <summary>Reads the whole XML once; fails with a diagnostic when it is not well-formed, exceeds a limit or is not a domain.</summary>
    public static bool TryRead(SourceText xml, XmlSourceMap map, List<Diagnostic> diagnostics, out LibvirtDomainXml domain)
    {
        domain = null!;
        var bytes = xml.Bytes;
        int crowded = XmlAttributeCount.FindTagWithMoreThan(bytes.Span, LibvirtXenChannelImporter.MaxAttributes);
        if (crowded >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtXmlTooManyAttributesAt(map.Bytes(crowded, crowded + 1), LibvirtXenChannelImporter.MaxAttributes));
            return false;
        }

        try
        {
            using var reader = Open(bytes);
            var info = (IXmlLineInfo)reader;
            SourceSpan rootSpan = default;
            string? type = null;
            StringBuilder? name = null;
            bool inName = false;
            bool nameDone = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var span = map.Span(info.LineNumber, info.LinePosition - 1, reader.LocalName.Length + 1);
                    var tooComplex = reader.Depth >= LibvirtXenChannelImporter.MaxXmlDepth ? DiagnosticCatalog.LibvirtXmlTooDeepAt(span, LibvirtXenChannelImporter.MaxXmlDepth)
                        : reader.AttributeCount > LibvirtXenChannelImporter.MaxAttributes ? DiagnosticCatalog.LibvirtXmlTooManyAttributesAt(span, LibvirtXenChannelImporter.MaxAttributes)
                        : null;
                    if (tooComplex is not null)
                    {
                        diagnostics.Add(tooComplex);
                        return false;
                    }

                    if (reader.Depth == 0)
                    {
                        if (reader.LocalName != "domain" || reader.NamespaceURI.Length != 0)
                        {
                            diagnostics.Add(DiagnosticCatalog.LibvirtXmlUnreadableRootAt(span, reader.LocalName));
                            return false;
                        }

                        rootSpan = span;
                        type = reader.GetAttribute("type");
                    }
                    else if (reader.Depth == 1 && !nameDone && reader.LocalName == "name" && reader.NamespaceURI.Length == 0)
                    {
                        name = new StringBuilder();
                        nameDone = true;
                        inName = !reader.IsEmptyElement;
                    }
                }
                else if (inName)
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1)
                    {
                        inName = false;
                    }
                    else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    {
                        name!.Append(reader.Value);
                    }
                }
            }

            domain = new LibvirtDomainXml(bytes, type, name?.ToString().Trim() ?? string.Empty, rootSpan);
            return true;
        }
        catch (XmlException e)
        {
            diagnostics.Add(DiagnosticCatalog.LibvirtXmlUnreadableAt(map.Span(e.LineNumber, e.LinePosition, 1), PrintableText.Text(e.Message)));
            return false;
        }
    }

    /// <summary>The <c>&lt;channel&gt;</c> children of the root's <c>&lt;devices&gt;</c> elements, in document order, each built (with line information) when its turn comes.</summary>
    public IEnumerable<XElement> Channels()
    {
        using var reader = Open(_bytes);
        bool inDevices = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI.Length == 0)
            {
                if (reader.Depth == 1)
                {
                    inDevices = reader.LocalName == "devices" && !reader.IsEmptyElement;
                }
                else if (reader.Depth == 2 && inDevices && reader.LocalName == "channel")
                {
                    XElement channel;
                    using (var subtree = reader.ReadSubtree())
                    {
                        channel = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    yield return channel;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1)
            {
                inDevices = false;
            }

            reader.Read();
        }
    }

    /// <summary>A reader over the bytes where they are (the file's array, not a copy of it).</summary>
    private static XmlReader Open(ReadOnlyMemory<byte> bytes)
    {
        var stream = MemoryMarshal.TryGetArray(bytes, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        return XmlReader.Create(stream, Settings);
    }
}
