using ChannelConfig.Diagnostics;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>
/// The <c>&lt;channel&gt;</c> elements of a libvirt domain XML, as text, with what could not be
/// carried over.
/// </summary>
/// <param name="Xml">
/// The elements, one after the other, indented for their place inside <c>&lt;devices&gt;</c> and
/// formatted as libvirt formats domain XML; each line ends with <c>\n</c>. Empty when there is
/// no channel to write.
/// </param>
/// <param name="Diagnostics">What was dropped or changed on the way, with positions in the xl.cfg file.</param>
internal sealed record LibvirtChannelXml(string Xml, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>/// The elements, one after the other, indented for their place inside <c>&lt;devices&gt;</c> and formatted as libvirt formats domain XML; each line ends with <c>\n</c>. Empty when there is no channel to write. </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Xml
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Xml));
    } = Xml ?? throw new ArgumentNullException(nameof(Xml));

    /// <summary>What was dropped or changed on the way, with positions in the xl.cfg file.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Diagnostics));
    } = Diagnostics ?? throw new ArgumentNullException(nameof(Diagnostics));

    /// <summary>True when a diagnostic is an error: the XML does not describe the configuration faithfully.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
