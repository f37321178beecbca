using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <content>
/// Rules about converting channels between xl.cfg and libvirt domain XML (XLC0200–XLC0219):
/// where libvirt's own converter (<c>xenParseXLChannel</c> / <c>xenFormatXLChannel</c>) is silent
/// or writes something xl misreads, these say so.
/// </content>
public static partial class DiagnosticCatalog
{
    /// <summary>XLC0200: the file is not a libvirt domain XML document.</summary>
    public static readonly DiagnosticDescriptor LibvirtXmlUnreadable = new(
        "XLC0200", "LibvirtXmlUnreadable", "Not a readable libvirt domain XML",
        DiagnosticSeverity.Error,
        "The input must be a well-formed libvirt domain XML document whose root element is `<domain>`. Documents with a DTD are refused (libvirt never writes one, and a DTD can expand entities without bound).",
        "Not applicable: xl does not read domain XML. `virsh domxml-to-native xen-xl` fails with libvirt's XML parser error.",
        "<domain type='xen'><devices><channel type='pty'></devices></domain>",
        "Fix the XML (the message gives the line and column), or export it again with `virsh dumpxml DOMAIN`.");

    /// <summary>XLC0200: the XML reader's <paramref name="error"/> (printable).</summary>
    internal static Diagnostic LibvirtXmlUnreadableAt(SourceSpan span, string error) =>
        new(LibvirtXmlUnreadable, span, $"the XML cannot be read: {error}");

    /// <summary>XLC0200: the root element is <paramref name="root"/>, not <c>domain</c>.</summary>
    internal static Diagnostic LibvirtXmlUnreadableRootAt(SourceSpan span, string root) =>
        new(LibvirtXmlUnreadable, span, $"the root element is <{root}>, not <domain>: this is not a libvirt domain XML");

    /// <summary>XLC0201: the domain XML is not for a Xen domain.</summary>
    public static readonly DiagnosticDescriptor LibvirtNotXenDomain = new(
        "XLC0201", "LibvirtNotXenDomain", "Domain XML is not for Xen",
        DiagnosticSeverity.Warning,
        "The `<domain type='…'>` is not `xen`. Only channels with `<target type='xen'>` become xl channels; a KVM domain's virtio channels have no xl equivalent.",
        "Not applicable: xl does not read domain XML. libvirt's converter does not check the domain type.",
        "<domain type='kvm'> … <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel> … </domain>",
        "Convert the XML of a Xen domain, or change each channel's target to `<target type='xen' name='…'/>`.");

    /// <summary>XLC0201 for a domain of <paramref name="type"/> (printable), or with no type (null).</summary>
    internal static Diagnostic LibvirtNotXenDomainAt(SourceSpan span, string? type) =>
        new(LibvirtNotXenDomain, span,
            type is null
                ? "the <domain> has no type: only channels with <target type='xen'> are converted"
                : $"this is a `{type}` domain, not a Xen one: only channels with <target type='xen'> are converted");

    /// <summary>XLC0202: a channel whose target is not <c>xen</c>, which is skipped.</summary>
    public static readonly DiagnosticDescriptor LibvirtNonXenChannel = new(
        "XLC0202", "LibvirtNonXenChannel", "Channel target is not `xen` (skipped)",
        DiagnosticSeverity.Warning,
        "Only `<target type='xen'>` channels exist in xl.cfg. A `virtio` or `guestfwd` channel cannot be written as an xl channel, so it is left out of the `channel` line. libvirt's converter leaves it out too, without a word.",
        "Not applicable: xl has no virtio-serial or guestfwd channels.",
        "<channel type='unix'><source mode='bind' path='/run/qga.sock'/><target type='virtio' name='org.qemu.guest_agent.0'/></channel>",
        "Change the target to `<target type='xen' name='…'/>` if the channel is meant for a Xen guest; otherwise nothing to do.");

    /// <summary>XLC0202 for a channel whose target is <paramref name="targetType"/> (printable), or has none (null).</summary>
    internal static Diagnostic LibvirtNonXenChannelAt(SourceSpan span, string? targetType) =>
        new(LibvirtNonXenChannel, span,
            targetType is null
                ? "this channel has no <target type='…'>: only Xen channels exist in xl.cfg, so it is left out"
                : $"this channel's target is `{targetType}`, not `xen`: xl.cfg has no such channel, so it is left out (libvirt leaves it out silently)");

    /// <summary>XLC0203: a channel source type that xl cannot express.</summary>
    public static readonly DiagnosticDescriptor LibvirtUnsupportedChannelSource = new(
        "XLC0203", "LibvirtUnsupportedChannelSource", "Channel source is neither `pty` nor `unix` (skipped)",
        DiagnosticSeverity.Error,
        "xl channels are either a pseudo-terminal (`connection=pty`) or a listening UNIX socket (`connection=socket`). Other sources (`tcp`, `file`, `spicevmc`, …) cannot be expressed; the channel is left out. libvirt's converter fails with no error message at all.",
        "Not applicable: xl knows only `connection=pty` and `connection=socket`.",
        "<channel type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/><target type='xen' name='org.example.agent.0'/></channel>",
        "Use `<channel type='unix'>` with a socket path, or `<channel type='pty'>`.");

    /// <summary>XLC0203 for a channel of source type <paramref name="sourceType"/> (printable).</summary>
    internal static Diagnostic LibvirtUnsupportedChannelSourceAt(SourceSpan span, string sourceType) =>
        new(LibvirtUnsupportedChannelSource, span, $"a `{sourceType}` channel cannot be a Xen channel (only pty and unix can), so it is left out; libvirt's converter fails here without a message");

    /// <summary>XLC0204: a unix channel without a socket path.</summary>
    public static readonly DiagnosticDescriptor LibvirtSocketWithoutPath = new(
        "XLC0204", "LibvirtSocketWithoutPath", "Unix channel without a socket path",
        DiagnosticSeverity.Error,
        "libvirt allows `<channel type='unix'>` without `<source path='…'/>` and invents a path when it starts the domain (`CHANNELDIR/DOMAIN-NAME`, by default under /var/lib/libvirt/libxl/channel/target). xl has no such default: libvirt's converter writes `connection=socket,name=…`, which xl rejects. The channel is still written, so xl fails loudly rather than silently losing it.",
        "The converted spec makes xl print `channel connection 'socket' requires path=..` and exit with status 1.",
        "<channel type='unix'><target type='xen' name='org.qemu.guest_agent.0'/></channel>",
        "Add `<source mode='bind' path='/run/xen/DOMAIN-agent.sock'/>`, or let the converter fill in libvirt's path (`xlchan import-libvirt --channel-dir DIR`).");

    /// <summary>XLC0204; <paramref name="libvirtPath"/> (printable) is the path libvirt would invent.</summary>
    internal static Diagnostic LibvirtSocketWithoutPathAt(SourceSpan span, string libvirtPath) =>
        new(LibvirtSocketWithoutPath, span, $"this unix channel has no socket path: libvirt invents one when it starts the domain ({libvirtPath} by default), but xl has no default and rejects `connection=socket` without `path=`; add <source mode='bind' path='…'/>, or give a channel directory to fill it in");

    /// <summary>XLC0205: a socket path filled in the way libvirt does when it starts the domain.</summary>
    public static readonly DiagnosticDescriptor LibvirtSocketPathFilledIn = new(
        "XLC0205", "LibvirtSocketPathFilledIn", "Socket path filled in as libvirt would",
        DiagnosticSeverity.Info,
        "A unix channel had no path and a channel directory was given, so the converter used the path libvirt's libxl driver would give it at start: `DIR/DOMAIN-NAME` (or `DIR/DOMAIN-unknown.sock` without a name).",
        "Not applicable: xl needs the path written out.",
        "<channel type='unix'><target type='xen' name='org.qemu.guest_agent.0'/></channel>   (with --channel-dir /var/lib/libvirt/libxl/channel/target)",
        "Nothing to fix; check that the directory exists in dom0 and that the path is at most 107 bytes.");

    /// <summary>XLC0205: <paramref name="libvirtPath"/> (printable) is written in.</summary>
    internal static Diagnostic LibvirtSocketPathFilledInAt(SourceSpan span, string libvirtPath) =>
        new(LibvirtSocketPathFilledIn, span, $"this unix channel has no socket path: using `{libvirtPath}`, the path libvirt gives it when it starts the domain");

    /// <summary>XLC0206: a unix source in <c>connect</c> mode, which xl cannot express.</summary>
    public static readonly DiagnosticDescriptor LibvirtConnectModeSocket = new(
        "XLC0206", "LibvirtConnectModeSocket", "Socket in `connect` mode becomes a listening socket",
        DiagnosticSeverity.Warning,
        "An xl socket channel is always a socket that QEMU listens on (`server=on`). `<source mode='connect'>` asks QEMU to connect to an existing socket instead; xl cannot say that, and neither libvirt's libxl driver nor its converter honour it. After conversion QEMU creates the socket itself, removing any file already at that path.",
        "Not applicable: `connection=socket` always listens.",
        "<channel type='unix'><source mode='connect' path='/run/agent.sock'/><target type='xen' name='org.example.agent.0'/></channel>",
        "Make the host side connect to the socket instead of listening on it, and write `mode='bind'`.");

    /// <summary>XLC0206.</summary>
    internal static Diagnostic LibvirtConnectModeSocketAt(SourceSpan span) =>
        new(LibvirtConnectModeSocket, span, "xl's socket channels always listen: QEMU will create this socket (removing any file at the path) instead of connecting to it; make the host side connect, and write mode='bind'");

    /// <summary>XLC0207: a channel without a name.</summary>
    public static readonly DiagnosticDescriptor LibvirtChannelWithoutName = new(
        "XLC0207", "LibvirtChannelWithoutName", "Channel without a name",
        DiagnosticSeverity.Error,
        "A Xen channel needs a name: the guest finds the channel by it, and libxl refuses a channel without one. libvirt's converter prints the missing name through `%s` (giving `name=(null)`), and its libxl driver fails with `channel target name missing`. The converted channel is written without `name=`.",
        "xl accepts the spec; libxl logs `channel N has no name` and domain creation fails.",
        "<channel type='pty'><target type='xen'/></channel>",
        "Add the name the guest agent looks for: `<target type='xen' name='org.example.agent.0'/>`.");

    /// <summary>XLC0207 for a channel read from libvirt XML.</summary>
    internal static Diagnostic LibvirtChannelWithoutNameAt(SourceSpan span) =>
        new(LibvirtChannelWithoutName, span, "this Xen channel has no name: the spec is written without `name=`, and libxl refuses it (`channel N has no name`); add name='…' to the <target>");

    /// <summary>XLC0207 for channel <paramref name="number"/> (from 1) written to libvirt XML.</summary>
    internal static Diagnostic LibvirtChannelWithoutNameExportedAt(SourceSpan span, int number) =>
        new(LibvirtChannelWithoutName, span, $"channel {number} has no name, so its <target> has none either; libvirt refuses to start the domain (`channel target name missing`); add `name=`");

    /// <summary>XLC0208: a comma in a channel name or path, which xl cannot read.</summary>
    public static readonly DiagnosticDescriptor LibvirtValueWithComma = new(
        "XLC0208", "LibvirtValueWithComma", "Comma in a channel name or path",
        DiagnosticSeverity.Error,
        "xl splits a channel spec at every `,` and has no escape for it, so a name or path with a comma cannot be written in xl.cfg. libvirt writes it anyway; xl then reads the part after the comma as another field. The spec is written as libvirt writes it, so that xl fails loudly.",
        "Reads the text after the comma as a separate field: usually `failed to parse channel configuration: …` and exit status 1, or a silently different channel.",
        "<channel type='unix'><source mode='bind' path='/run/a,b.sock'/><target type='xen' name='org.example.agent.0'/></channel>",
        "Remove the comma from the name or path.");

    /// <summary>XLC0208: the <paramref name="what"/> (<c>name</c> or <c>socket path</c>) <paramref name="value"/> (printable) holds a comma.</summary>
    internal static Diagnostic LibvirtValueWithCommaAt(SourceSpan span, string what, string value) =>
        new(LibvirtValueWithComma, span, $"the {what} `{value}` contains `,`, which xl reads as the end of the field (there is no escape for it): xl rejects or misreads the channel; remove the comma");

    /// <summary>XLC0209: an <c>=</c> in a channel name or path, which older xl truncates.</summary>
    public static readonly DiagnosticDescriptor LibvirtValueWithEquals = new(
        "XLC0209", "LibvirtValueWithEquals", "`=` in a channel name or path",
        DiagnosticSeverity.Warning,
        "Since Xen 4.18 xl splits a field at its first `=`, so a value may contain `=`. Older xl stops the value at the next `=`, silently shortening the name or path (and rejects a value starting with `=`). The xl.cfg(5) man page forbids `=` in values.",
        "Xen 4.18 and later: reads the value whole. Xen 4.17 and earlier: cuts it at the `=`.",
        "<channel type='unix'><source mode='bind' path='/run/a=b.sock'/><target type='xen' name='org.example.agent.0'/></channel>",
        "Remove the `=` from the name or path, or make sure every host runs Xen 4.18 or later.");

    /// <summary>XLC0209: the <paramref name="what"/> <paramref name="value"/> (printable) holds an <c>=</c>.</summary>
    internal static Diagnostic LibvirtValueWithEqualsAt(SourceSpan span, string what, string value) =>
        new(LibvirtValueWithEquals, span, $"the {what} `{value}` contains `=`: Xen 4.18 and later read it whole, but older xl cuts the value at the `=`; remove it if older hosts may read this file");

    /// <summary>XLC0210: a <c>"</c> in a channel name or path.</summary>
    public static readonly DiagnosticDescriptor LibvirtValueWithQuote = new(
        "XLC0210", "LibvirtValueWithQuote", "Quote in a channel name or path",
        DiagnosticSeverity.Warning,
        "The xl.cfg(5) man page forbids `\"` in channel values. xl reads it when the string is quoted correctly (the converter writes the spec in `'…'`, or escapes the quote as `\\\"` when the value also holds `'`), but scripts and tools that build xl.cfg files by hand often do not. When a value holds both `\"` and `'`, libvirt writes a `\"\"\"…\"\"\"` string that xl cannot read at all.",
        "Reads the value when it is escaped; a `\"\"\"…\"\"\"` string is a syntax error.",
        "<channel type='pty'><target type='xen' name='org.example.&quot;agent&quot;.0'/></channel>",
        "Remove the quote from the name or path.");

    /// <summary>XLC0210: the <paramref name="what"/> <paramref name="value"/> (printable) holds a <c>"</c>, and perhaps a <c>'</c> too (<paramref name="alsoApostrophe"/>).</summary>
    internal static Diagnostic LibvirtValueWithQuoteAt(SourceSpan span, string what, string value, bool alsoApostrophe) =>
        new(LibvirtValueWithQuote, span, alsoApostrophe
            ? $"the {what} `{value}` contains both `\"` and `'`: libvirt writes a \"\"\"…\"\"\" string that xl cannot read (this line escapes the quote instead), and xl.cfg(5) forbids `\"` in channel values; remove the quotes"
            : $"the {what} `{value}` contains `\"`, which xl.cfg(5) forbids in channel values; xl reads it in this line's quoting, but hand-written files often break; remove it");

    /// <summary>XLC0211: leading or trailing blanks in a channel name or path, which xl trims.</summary>
    public static readonly DiagnosticDescriptor LibvirtValueTrimmed = new(
        "XLC0211", "LibvirtValueTrimmed", "Blanks at the ends of a channel name or path",
        DiagnosticSeverity.Error,
        "xl trims spaces, tabs and newlines around every key and value, so a name or path that starts or ends with one is not the same after conversion: the guest looks for a different name, or QEMU creates the socket at a different path. libvirt keeps the blanks.",
        "Trims the value silently.",
        "<channel type='pty'><target type='xen' name='org.example.agent.0 '/></channel>",
        "Remove the blanks at the ends of the name or path.");

    /// <summary>XLC0211: the <paramref name="what"/> <paramref name="value"/> (printable) has blanks at its ends; xl reads <paramref name="trimmed"/> (printable).</summary>
    internal static Diagnostic LibvirtValueTrimmedAt(SourceSpan span, string what, string value, string trimmed) =>
        new(LibvirtValueTrimmed, span, $"the {what} `{value}` starts or ends with a blank, which xl trims: after conversion it is `{trimmed}`; remove the blank");

    /// <summary>XLC0212: a control character in a channel name or path.</summary>
    public static readonly DiagnosticDescriptor LibvirtControlCharacter = new(
        "XLC0212", "LibvirtControlCharacter", "Control character in a channel name or path",
        DiagnosticSeverity.Error,
        "A control character in a channel name or path breaks its consumers (QEMU's option parser, xenstore listings, udev rules, shell scripts). In domain XML only tab, newline and carriage return can be written at all (as `&#9;`, `&#10;`, `&#13;`); libvirt silently drops the other control characters and writes tabs and newlines raw, which XML readers turn into spaces. A NUL cannot be written in xl.cfg.",
        "Accepts control characters in strings (`\\t`, `\\n` and the like as escapes); a NUL makes xl abort.",
        "<channel type='pty'><target type='xen' name='org.example&#9;agent.0'/></channel>",
        "Remove the control character.");

    /// <summary>XLC0212: the <paramref name="what"/> <paramref name="value"/> (printable) holds <paramref name="character"/> (described), which the channel line would carry raw.</summary>
    internal static Diagnostic LibvirtControlCharacterAt(SourceSpan span, string what, string value, string character) =>
        new(LibvirtControlCharacter, span, $"the {what} `{value}` contains {character}, which breaks QEMU's options, xenstore listings, udev rules and scripts; remove it");

    /// <summary>XLC0212: the <paramref name="what"/> <paramref name="value"/> (printable) holds <paramref name="character"/> (described), which XML cannot.</summary>
    internal static Diagnostic LibvirtControlCharacterInXmlAt(SourceSpan span, string what, string value, string character) =>
        new(LibvirtControlCharacter, span, $"the {what} `{value}` contains {character}, which XML cannot hold: it is left out of the XML, so libvirt sees a different {what}; remove it");

    /// <summary>XLC0213: <c>backend=</c>, which libvirt XML cannot express.</summary>
    public static readonly DiagnosticDescriptor LibvirtBackendDropped = new(
        "XLC0213", "LibvirtBackendDropped", "`backend=` has no place in libvirt XML",
        DiagnosticSeverity.Warning,
        "libvirt's domain XML has no way to say which domain serves a channel: libvirt always uses the toolstack domain (dom0). Converting a channel with `backend=` to XML therefore moves it to dom0; libvirt's own converter drops `backend=` without a word. The exported XML leaves it out (an XML comment would be thrown away by `virsh define` anyway).",
        "Honours `backend=`: the channel is served by that domain.",
        "channel = [ \"backend=driver-dom,connection=pty,name=org.example.agent.0\" ]",
        "Keep managing this domain with xl, or accept that under libvirt the channel is served by dom0.");

    /// <summary>
    /// XLC0213 for channel <paramref name="number"/> (from 1), served by <paramref name="backend"/>
    /// (printable) or, when that is null, by domain <paramref name="domid"/>; <paramref name="xen"/> for a Xen domain's XML.
    /// </summary>
    internal static Diagnostic LibvirtBackendDroppedAt(SourceSpan span, bool xen, string? backend, uint domid, int number)
    {
        string shown = backend is not null ? $"`{backend}`" : $"domain {domid}";
        return new(LibvirtBackendDropped, span,
            xen
                ? $"libvirt XML cannot say which domain serves a channel: under libvirt, channel {number} is served by dom0 instead of {shown}; `backend=` is left out"
                : $"a KVM guest's channels are served by its own QEMU: `backend=` ({shown}) of channel {number} is left out");
    }

    /// <summary>XLC0214: a channel that cannot be converted to libvirt XML.</summary>
    public static readonly DiagnosticDescriptor LibvirtChannelNotExported = new(
        "XLC0214", "LibvirtChannelNotExported", "Channel not converted to libvirt XML",
        DiagnosticSeverity.Error,
        "Channels are converted only from a configuration xl and libxl accept, and only when their connection is known: the XML would otherwise describe a domain that does not exist.",
        "Rejects the configuration (see the other diagnostics).",
        "channel = [ \"connection=socket,name=org.example.agent.0\" ]",
        "Fix the errors xlchan lint reports, then convert again.");

    /// <summary>XLC0214 for channel <paramref name="number"/> (from 1), which has no connection.</summary>
    internal static Diagnostic LibvirtChannelNotExportedAt(SourceSpan span, int number) =>
        new(LibvirtChannelNotExported, span, $"channel {number} has no connection, so it has no libvirt equivalent and is left out; add `connection=pty` or `connection=socket,path=…`");

    /// <summary>XLC0214 for a configuration xl rejects, or <paramref name="crashes"/> on.</summary>
    internal static Diagnostic LibvirtChannelNotExportedRejectedAt(SourceSpan span, bool crashes) =>
        new(LibvirtChannelNotExported, span,
            $"{(crashes ? "xl crashes on this configuration" : "xl or libxl reject this configuration")}, so no channel is converted: the XML would describe a domain that cannot exist; fix the errors `xlchan lint` reports first");

    /// <summary>XLC0215: the domain XML has no Xen channel.</summary>
    public static readonly DiagnosticDescriptor LibvirtNoXenChannels = new(
        "XLC0215", "LibvirtNoXenChannels", "No Xen channel in the domain XML",
        DiagnosticSeverity.Info,
        "The domain has no `<channel>` with `<target type='xen'>` that could be converted, so there is no `channel` line to write (libvirt's converter writes none either).",
        "Not applicable.",
        "<domain type='xen'> … <devices> (no channel) </devices> … </domain>",
        "Nothing to fix, unless a channel was expected.");

    /// <summary>XLC0215.</summary>
    internal static Diagnostic LibvirtNoXenChannelsAt(SourceSpan span) =>
        new(LibvirtNoXenChannels, span, "the domain has no Xen channel to convert: no `channel` line is written");

    /// <summary>XLC0216: domain XML nested too deeply, or an element with too many attributes.</summary>
    public static readonly DiagnosticDescriptor LibvirtXmlTooComplex = new(
        "XLC0216", "LibvirtXmlTooComplex", "Domain XML nested too deeply or with too many attributes",
        DiagnosticSeverity.Error,
        "A libvirt domain XML nests elements about eight levels deep and gives an element a handful of attributes. The importer stops at elements nested deeper than 256 levels or an element with more than 1,000 attributes, which no domain XML has, before building the document: the XML library's time grows faster than the document there (40,000 nested elements took 15 seconds, two million attributes 85).",
        "Not applicable (libvirt reads domain XML with libxml2, which also limits how deeply elements nest).",
        "<domain type='xen'><a><a><a> … 300 levels … </a></a></a></domain>",
        "Check that the file is really a libvirt domain XML (`virsh dumpxml DOMAIN`).");

    /// <summary>XLC0216: elements nested <paramref name="maxDepth"/> levels deep or more.</summary>
    internal static Diagnostic LibvirtXmlTooDeepAt(SourceSpan span, int maxDepth) =>
        LibvirtXmlTooComplexAt(span, $"elements nested more than {maxDepth} levels deep");

    /// <summary>XLC0216: an element with more than <paramref name="maxAttributes"/> attributes.</summary>
    internal static Diagnostic LibvirtXmlTooManyAttributesAt(SourceSpan span, int maxAttributes) =>
        LibvirtXmlTooComplexAt(span, $"an element with more than {maxAttributes} attributes");

    private static Diagnostic LibvirtXmlTooComplexAt(SourceSpan span, string problem) =>
        new(LibvirtXmlTooComplex, span, $"the XML has {problem}: no libvirt domain XML does, so it is not read; check that this is the output of `virsh dumpxml`");

    /// <summary>XLC0217: more channels than a KVM guest's virtio-serial controller takes.</summary>
    public static readonly DiagnosticDescriptor KvmTooManyChannels = new(
        "XLC0217", "KvmTooManyChannels", "More channels than a KVM guest has room for",
        DiagnosticSeverity.Error,
        "A KVM guest gets its channels as ports of virtio-serial controllers, 30 to a controller (QEMU's default 31 ports, port 0 being for a console), as libvirt does: one controller with more ports (`max_ports`) is accepted, but QEMU 7.2 announces no more than 32 ports to a booting guest, so the guest would not see the rest. Each controller takes a slot of the guest's first PCI bus, and `--format kvm` adds at most 28 of them, so 840 channels at most.",
        "Not applicable (Xen gives each channel a PV console of its own).",
        "channel = [ … 841 channels … ]   (with xlchan dump --format kvm)",
        "Split the channels between guests.");

    /// <summary>XLC0217: <paramref name="why"/> the guest cannot have them all.</summary>
    internal static Diagnostic KvmTooManyChannelsAt(SourceSpan span, string why) =>
        new(KvmTooManyChannels, span, why + "; nothing is written: split the channels between guests");
}
