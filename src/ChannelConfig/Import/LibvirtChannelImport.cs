using ChannelConfig.Diagnostics;

namespace ChannelConfig.Import;

/// <summary>The xl <c>channel</c> setting made from a libvirt domain XML, and the problems found.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="ChannelLine">
/// The line, as libvirt's <c>xenFormatXLChannel</c> and <c>virConfWriteMem</c> write it
/// (<c>channel = [ "connection=socket,path=…,name=…" ]</c>, without a newline), or null when the
/// domain has no Xen channel.
/// </param>
/// <param name="Specs">Each channel's spec string (the list items, unquoted), in order.</param>
/// <param name="Diagnostics">The problems, with positions in the XML file.</param>
public sealed record LibvirtChannelImport(string? ChannelLine, IReadOnlyList<string> Specs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Each channel's spec string (the list items, unquoted), in order.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> Specs
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Specs));
    } = Specs ?? throw new ArgumentNullException(nameof(Specs));

    /// <summary>The problems, with positions in the XML file.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Diagnostics));
    } = Diagnostics ?? throw new ArgumentNullException(nameof(Diagnostics));

    /// <summary>True when a diagnostic is an error: the line is missing a channel, or xl would reject or misread it.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
