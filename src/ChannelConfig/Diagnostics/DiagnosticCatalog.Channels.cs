namespace ChannelConfig.Diagnostics;

/// <content>Rules about the <c>channel</c> setting: xl's reading, libxl's set-up, and validation (XLC0100–XLC0199).</content>
public static partial class DiagnosticCatalog
{
    /// <summary>XLC0100: <c>channel</c> is a single string, which xl ignores.</summary>
    public static readonly DiagnosticDescriptor ChannelNotAList = new(
        "XLC0100", "ChannelNotAList", "`channel` is not a list",
        DiagnosticSeverity.Error,
        "`channel` must be a list of strings, one per channel. Written as a single string, xl prints a warning and creates the domain with no channels at all, so the guest agent waits for a channel that never appears.",
        "Prints ``warning: parameter `channel' is a single value but should be a list`` and goes on without channels.",
        "channel = \"connection=pty,name=org.example.agent.0\"",
        "Put the string in brackets: `channel = [ \"connection=pty,name=org.example.agent.0\" ]`.");

    /// <summary>XLC0101: a nested list inside <c>channel</c>.</summary>
    public static readonly DiagnosticDescriptor ChannelNestedList = new(
        "XLC0101", "ChannelNestedList", "Nested list in `channel`",
        DiagnosticSeverity.Error,
        "xl reads channel items until the first item that is not a string. A nested list stops it: that item and every item after it are silently dropped.",
        "Silently ignores the nested list and all later items.",
        "channel = [ \"connection=pty,name=a\", [ \"connection=pty,name=b\" ] ]",
        "Remove the inner brackets so every item is a string.");

    /// <summary>XLC0102: an empty channel item: xl crashes.</summary>
    public static readonly DiagnosticDescriptor EmptyChannelItem = new(
        "XLC0102", "EmptyChannelItem", "Empty channel item (xl crashes)",
        DiagnosticSeverity.Error,
        "An item with no field at all (`\"\"`, `\",,\"`) makes xl call `strdup(NULL)` while splitting it, and xl dies with a segmentation fault.",
        "Crashes (SIGSEGV) without a message.",
        "channel = [ \"\" ]",
        "Remove the empty item, or fill in `connection=…,name=…`.");

    /// <summary>XLC0103: a field without <c>=</c> or without a value.</summary>
    public static readonly DiagnosticDescriptor ChannelFieldWithoutValue = new(
        "XLC0103", "ChannelFieldWithoutValue", "Channel field without `=value`",
        DiagnosticSeverity.Error,
        "Each comma-separated field of a channel must be `key=value` with something after the `=` (a blank after `=` gives an empty value). Before Xen 4.18 a field starting with `=` is also rejected.",
        "Prints `failed to parse channel configuration: FIELD` (with no newline) and exits with status 1.",
        "channel = [ \"connection=pty,name\" ]",
        "Write the field as `key=value`, or remove it.");

    /// <summary>XLC0104: a key xl does not know, which it ignores.</summary>
    public static readonly DiagnosticDescriptor UnknownChannelKey = new(
        "XLC0104", "UnknownChannelKey", "Unknown channel key",
        DiagnosticSeverity.Warning,
        "xl knows four keys: `name`, `connection`, `path` and `backend` (exact, lower case). Any other key is ignored with a warning, so a misspelt key silently loses its value.",
        "Prints `unknown channel parameter 'KEY', ignoring` and goes on.",
        "channel = [ \"connection=pty,nmae=org.example.agent.0\" ]",
        "Correct the key (`name`, `connection`, `path`, `backend`) or remove the field.");

    /// <summary>XLC0105: the 2014 draft spelling <c>type=</c>.</summary>
    public static readonly DiagnosticDescriptor ChannelTypeSpelling = new(
        "XLC0105", "ChannelTypeSpelling", "`type=` is the 2014 draft spelling of `connection=`",
        DiagnosticSeverity.Error,
        "The 2014 patch series that introduced channels used `type=NONE|PTY|PATH|SOCKET`; the released form is `connection=pty|socket`. xl ignores `type=` as an unknown key and then stops because the channel has no connection.",
        "Prints `unknown channel parameter 'type', ignoring`, then `channel has unknown 'connection'`, and exits with status 1.",
        "channel = [ \"type=SOCKET,path=/run/agent.sock,name=org.example.agent.0\" ]",
        "Write `connection=socket` (or `connection=pty`).");

    /// <summary>XLC0106: a connection other than <c>pty</c> or <c>socket</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidConnection = new(
        "XLC0106", "InvalidConnection", "Unknown connection type",
        DiagnosticSeverity.Error,
        "`connection` must be exactly `pty` or `socket`.",
        "Prints `unknown channel connection 'VALUE'` and exits with status 1.",
        "channel = [ \"connection=unix,path=/run/a.sock,name=a\" ]",
        "Use `connection=socket` with a `path=`, or `connection=pty`.");

    /// <summary>XLC0107: <c>connection=PTY</c> or <c>SOCKET</c> in upper case.</summary>
    public static readonly DiagnosticDescriptor ConnectionCase = new(
        "XLC0107", "ConnectionCase", "Connection type in upper case",
        DiagnosticSeverity.Error,
        "xl compares the connection type case-sensitively. The xl.cfg man page prints `SOCKET` and `PTY` in capitals, but only `socket` and `pty` work.",
        "Prints `unknown channel connection 'PTY'` and exits with status 1.",
        "channel = [ \"connection=PTY,name=a\" ]",
        "Write it in lower case: `connection=pty`.");

    /// <summary>XLC0108: no <c>connection=</c>.</summary>
    public static readonly DiagnosticDescriptor MissingConnection = new(
        "XLC0108", "MissingConnection", "Channel without `connection=`",
        DiagnosticSeverity.Error,
        "Every channel needs `connection=pty` or `connection=socket`.",
        "Prints `channel has unknown 'connection'` and exits with status 1.",
        "channel = [ \"name=org.example.agent.0\" ]",
        "Add `connection=pty`, or `connection=socket,path=/run/…sock`.");

    /// <summary>XLC0109: a socket channel without <c>path=</c>.</summary>
    public static readonly DiagnosticDescriptor SocketWithoutPath = new(
        "XLC0109", "SocketWithoutPath", "Socket channel without `path=`",
        DiagnosticSeverity.Error,
        "A socket channel needs the path of the UNIX socket QEMU creates on the host.",
        "Prints `channel connection 'socket' requires path=..` and exits with status 1.",
        "channel = [ \"connection=socket,name=a\" ]",
        "Add `path=/run/xen/DOMAIN-NAME.sock` (absolute, unique, at most 107 bytes).");

    /// <summary>XLC0110: a key given twice in one item.</summary>
    public static readonly DiagnosticDescriptor RepeatedChannelKey = new(
        "XLC0110", "RepeatedChannelKey", "Key repeated in a channel",
        DiagnosticSeverity.Warning,
        "When a key appears twice in one channel item, xl silently uses the last one.",
        "Uses the last value without a message.",
        "channel = [ \"connection=pty,name=a,name=b\" ]",
        "Remove the field that should not apply.");

    /// <summary>XLC0111: a channel without <c>name=</c>.</summary>
    public static readonly DiagnosticDescriptor MissingChannelName = new(
        "XLC0111", "MissingChannelName", "Channel without `name=`",
        DiagnosticSeverity.Error,
        "xl accepts a channel without a name, but libxl refuses it when it creates the domain: the guest finds channels only by name.",
        "xl goes on; libxl logs `channel N has no name` and domain creation fails.",
        "channel = [ \"connection=pty\" ]",
        "Add `name=` with a reverse-domain name, such as `name=org.example.agent.0`.");

    /// <summary>XLC0112: a backend domain name that is not known.</summary>
    public static readonly DiagnosticDescriptor UnknownBackendDomain = new(
        "XLC0112", "UnknownBackendDomain", "Unknown backend domain",
        DiagnosticSeverity.Error,
        "`backend=` is a domain id (digits) or the name of a running domain. libxl looks the name up when it creates the domain; an unknown name makes creation fail. xlchan knows `Domain-0` and the domains given with `--domain NAME=ID`.",
        "libxl fails to create the domain (ERROR_INVAL) without a message naming the backend.",
        "channel = [ \"backend=driver-dom,connection=pty,name=a\" ]",
        "Use an existing domain's exact name or its id, or remove `backend=` to use the toolstack domain.");

    /// <summary>XLC0113: the first channel silently lost (Xen 4.11–4.20.0).</summary>
    public static readonly DiagnosticDescriptor FirstChannelLost = new(
        "XLC0113", "FirstChannelLost", "First channel never reaches the guest (Xen 4.11–4.20.0)",
        DiagnosticSeverity.Error,
        "From Xen 4.11 to 4.20.0 (and 4.18.0–4.18.4, 4.19.0–4.19.1), xl numbers channels from 0 and libxl uses that number as the console number. The first channel becomes console 0, the primary console, which libxl rejects; the error is ignored, so the domain starts but the first channel is missing from xenstore (QEMU still opens its socket). Fixed in 4.18.5, 4.19.2, 4.20.1 and 4.21.0.",
        "Logs `Primary console has invalid configuration` and starts the domain without the first channel.",
        "channel = [ \"connection=pty,name=org.example.agent.0\" ]   (with Xen 4.20.0)",
        "Upgrade Xen, or put a placeholder channel first (for example `connection=pty,name=org.example.placeholder.0`).");

    /// <summary>XLC0114: a relative socket path.</summary>
    public static readonly DiagnosticDescriptor RelativeSocketPath = new(
        "XLC0114", "RelativeSocketPath", "Relative socket path",
        DiagnosticSeverity.Warning,
        "QEMU creates the socket relative to its own working directory, not to the configuration file or the shell that ran xl, so tools on the host will not find it.",
        "Passes the path to QEMU unchanged.",
        "channel = [ \"connection=socket,path=agent.sock,name=a\" ]",
        "Use an absolute path, such as `/run/xen/DOMAIN-agent.sock`.");

    /// <summary>XLC0115: a socket path longer than 107 bytes.</summary>
    public static readonly DiagnosticDescriptor SocketPathTooLong = new(
        "XLC0115", "SocketPathTooLong", "Socket path too long",
        DiagnosticSeverity.Error,
        "A UNIX socket address holds 108 bytes of path on Linux (`sun_path`), and a path that clients can connect to needs room for its NUL: at most 107 bytes. With exactly 108 bytes QEMU (7.2) still starts and binds the socket, but clients cannot connect to it (Python refuses with `AF_UNIX path too long`); from 109 bytes QEMU refuses to start with `UNIX socket path '…' is too long`.",
        "Passes the path to QEMU. 108 bytes: the domain starts, but nothing on the host can connect to the channel. 109 bytes or more: QEMU fails and the domain does not start.",
        "channel = [ \"connection=socket,path=/var/lib/…a very long path…/agent.sock,name=a\" ]",
        "Use a shorter path, for example under `/run/xen/`.");

    /// <summary>XLC0116: a control character in a name or path.</summary>
    public static readonly DiagnosticDescriptor ChannelControlCharacter = new(
        "XLC0116", "ChannelControlCharacter", "Control character in a channel name or path",
        DiagnosticSeverity.Error,
        "A newline, tab or other control character in a channel name or socket path passes through xl, but breaks the consumers: QEMU's option parser, xenstore listings, udev rules in the guest, and shell scripts on the host. C1 controls (such as U+009B, a terminal's CSI), the line and paragraph separators U+2028 and U+2029, and bidirectional controls (U+202E and the like, which show text in another order than it is read) count too.",
        "Accepts it.",
        "channel = [ \"connection=pty,name=org.example\\tagent\" ]",
        "Remove the character (check for escapes such as `\\t` or `\\n` in the string).");

    /// <summary>XLC0117: two channels with the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateChannelName = new(
        "XLC0117", "DuplicateChannelName", "Two channels with the same name",
        DiagnosticSeverity.Error,
        "The guest finds a channel by its name; with two channels of the same name it cannot tell them apart (a udev rule links only one of them).",
        "Accepts both.",
        "channel = [ \"connection=pty,name=a\", \"connection=pty,name=a\" ]",
        "Give each channel a distinct name.");

    /// <summary>XLC0118: two socket channels with the same path.</summary>
    public static readonly DiagnosticDescriptor DuplicateSocketPath = new(
        "XLC0118", "DuplicateSocketPath", "Two channels with the same socket path",
        DiagnosticSeverity.Error,
        "QEMU removes an existing socket file before it listens, so the second channel steals the path from the first, which becomes unreachable.",
        "Accepts both; QEMU gives the path to the last one.",
        "channel = [ \"connection=socket,path=/run/a.sock,name=a\", \"connection=socket,path=/run/a.sock,name=b\" ]",
        "Give each socket channel its own path.");

    /// <summary>XLC0119: <c>path=</c> on a pty channel.</summary>
    public static readonly DiagnosticDescriptor PathOnPtyChannel = new(
        "XLC0119", "PathOnPtyChannel", "`path=` on a pty channel is ignored",
        DiagnosticSeverity.Warning,
        "Only socket channels use `path=`; for `connection=pty` xl silently drops it. Often the intent was a socket.",
        "Ignores the path.",
        "channel = [ \"connection=pty,path=/run/a.sock,name=a\" ]",
        "Remove `path=`, or use `connection=socket`.");

    /// <summary>XLC0120: a name that does not look globally unique.</summary>
    public static readonly DiagnosticDescriptor ChannelNameStyle = new(
        "XLC0120", "ChannelNameStyle", "Channel name is not a reverse-domain name",
        DiagnosticSeverity.Info,
        "xen-pv-channel(7) asks for globally unique names in reverse-domain style with a version, such as `org.xenproject.guest.clipboard.0.1`, so that unrelated agents never collide.",
        "Accepts any name.",
        "channel = [ \"connection=pty,name=agent\" ]",
        "Use a reverse-domain name you control, such as `com.example.agent.0`.");

    /// <summary>XLC0121: a well-known channel name.</summary>
    public static readonly DiagnosticDescriptor WellKnownChannelName = new(
        "XLC0121", "WellKnownChannelName", "Well-known channel name",
        DiagnosticSeverity.Info,
        "The name is one that an existing guest agent looks for; the message says which.",
        "Nothing special.",
        "channel = [ \"connection=socket,path=/run/qga.sock,name=org.qemu.guest_agent.0\" ]",
        "Nothing to fix; make sure the guest runs that agent.");

    /// <summary>XLC0122: an empty channel name.</summary>
    public static readonly DiagnosticDescriptor EmptyChannelName = new(
        "XLC0122", "EmptyChannelName", "Empty channel name",
        DiagnosticSeverity.Error,
        "`name= ` (only blanks after `=`) gives the empty string, which libxl accepts; but the guest cannot find a channel with no name.",
        "Accepts it.",
        "channel = [ \"connection=pty,name= \" ]",
        "Give the channel a name.");

    /// <summary>XLC0123: an empty backend, which means domain 0.</summary>
    public static readonly DiagnosticDescriptor EmptyBackend = new(
        "XLC0123", "EmptyBackend", "Empty `backend=`",
        DiagnosticSeverity.Warning,
        "An empty `backend=` counts as the domain id 0 (the toolstack domain), because libxl treats any string of digits — even none — as an id.",
        "Uses domain 0.",
        "channel = [ \"backend= ,connection=pty,name=a\" ]",
        "Remove `backend=`, or name the backend domain.");

    /// <summary>XLC0124: a socket path ending with <c>/</c>.</summary>
    public static readonly DiagnosticDescriptor SocketPathIsDirectory = new(
        "XLC0124", "SocketPathIsDirectory", "Socket path ends with `/`",
        DiagnosticSeverity.Error,
        "A path ending in `/` names a directory, where no socket can be created (the xen-pv-channel(7) example has this mistake).",
        "Passes it to QEMU, which fails to create the socket.",
        "channel = [ \"connection=socket,path=/run/agent/,name=a\" ]",
        "Name the socket file: `path=/run/agent/agent.sock`.");

    /// <summary>XLC0125: a backend domain id no domain can have.</summary>
    public static readonly DiagnosticDescriptor ImpossibleBackendDomid = new(
        "XLC0125", "ImpossibleBackendDomid", "Backend domain id no domain can have",
        DiagnosticSeverity.Warning,
        "Domain ids of real domains end at 32751: from 32752 (`DOMID_FIRST_RESERVED`, 0x7FF0) they are reserved for `DOMID_SELF`, `DOMID_IO` and the like, and a real xenstored refuses domain ids above 65535. libxl reads `backend=` digits with `strtoul` into a 32-bit domid and checks nothing, so the console's backend is a domain that cannot exist; from 2^31 libxl even writes the frontend's `backend-id` node as a negative number (`%d`: `backend=4294967295` gives `-1`).",
        "Accepts it; libxl writes the console's xenstore nodes for that domain id, and no backend ever connects to the channel.",
        "channel = [ \"backend=4294967295,connection=pty,name=a\" ]",
        "Use the id (0 to 32751) or the name of the domain that runs the backend, or remove `backend=` to use the toolstack domain.");
}
