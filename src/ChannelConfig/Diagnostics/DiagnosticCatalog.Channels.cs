using ChannelConfig.Text;

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

    /// <summary>XLC0100.</summary>
    internal static Diagnostic ChannelNotAListAt(SourceSpan span, string? xl, DiagnosticFix? fix) =>
        new(ChannelNotAList, span, "`channel` must be a list: xl warns and creates the domain with no channels at all; put the value in brackets", xl, fix: fix);

    /// <summary>XLC0101: a nested list inside <c>channel</c>.</summary>
    public static readonly DiagnosticDescriptor ChannelNestedList = new(
        "XLC0101", "ChannelNestedList", "Nested list in `channel`",
        DiagnosticSeverity.Error,
        "xl reads channel items until the first item that is not a string. A nested list stops it: that item and every item after it are silently dropped.",
        "Silently ignores the nested list and all later items.",
        "channel = [ \"connection=pty,name=a\", [ \"connection=pty,name=b\" ] ]",
        "Remove the inner brackets so every item is a string.");

    /// <summary>XLC0101: xl drops this item and the <paramref name="dropped"/> - 1 after it.</summary>
    internal static Diagnostic ChannelNestedListAt(SourceSpan span, int dropped) =>
        new(ChannelNestedList, span,
            dropped == 1
                ? "a nested list in `channel`: xl stops reading channels here and silently drops this item; remove the inner brackets"
                : $"a nested list in `channel`: xl stops reading channels here and silently drops this item and the {dropped - 1} after it; remove the inner brackets");

    /// <summary>XLC0102: an empty channel item: xl crashes.</summary>
    public static readonly DiagnosticDescriptor EmptyChannelItem = new(
        "XLC0102", "EmptyChannelItem", "Empty channel item (xl crashes)",
        DiagnosticSeverity.Error,
        "An item with no field at all (`\"\"`, `\",,\"`) makes xl call `strdup(NULL)` while splitting it, and xl dies with a segmentation fault.",
        "Crashes (SIGSEGV) without a message.",
        "channel = [ \"\" ]",
        "Remove the empty item, or fill in `connection=…,name=…`.");

    /// <summary>XLC0102.</summary>
    internal static Diagnostic EmptyChannelItemAt(SourceSpan span) =>
        new(EmptyChannelItem, span, "this channel item has no field at all, which crashes xl (segmentation fault); remove it or write connection=…,name=…");

    /// <summary>XLC0103: a field without <c>=</c> or without a value.</summary>
    public static readonly DiagnosticDescriptor ChannelFieldWithoutValue = new(
        "XLC0103", "ChannelFieldWithoutValue", "Channel field without `=value`",
        DiagnosticSeverity.Error,
        "Each comma-separated field of a channel must be `key=value` with something after the `=` (a blank after `=` gives an empty value). Before Xen 4.18 a field starting with `=` is also rejected.",
        "Prints `failed to parse channel configuration: FIELD` (with no newline) and exits with status 1.",
        "channel = [ \"connection=pty,name\" ]",
        "Write the field as `key=value`, or remove it.");

    /// <summary>XLC0103: the field <paramref name="field"/> has no <c>=</c>; <paramref name="knownKey"/> is the key it names, if any.</summary>
    internal static Diagnostic ChannelFieldWithoutEqualsAt(SourceSpan span, string field, string? knownKey, string? xl) =>
        new(ChannelFieldWithoutValue, span,
            knownKey is not null
                ? $"field `{field}` has no `=value`: xl stops; write {knownKey}=…"
                : $"field `{field}` is not key=value: xl stops reading the channel (a `,` inside a value always splits it, and there is no escape for it)",
            xl);

    /// <summary>XLC0103: nothing (or only <c>=</c>) after the field's <c>=</c>.</summary>
    internal static Diagnostic ChannelFieldEmptyValueAt(SourceSpan span, string field, string? xl) =>
        new(ChannelFieldWithoutValue, span, $"field `{field}` has nothing after `=`: xl stops; give it a value or remove it", xl);

    /// <summary>XLC0103: a field that starts with <c>=</c>, which Xen <paramref name="xenRelease"/> rejects.</summary>
    internal static Diagnostic ChannelFieldLeadingEqualsAt(SourceSpan span, string field, string xenRelease, string? xl) =>
        new(ChannelFieldWithoutValue, span, $"field `{field}` starts with `=`: Xen {xenRelease} rejects it; remove the leading `=`", xl);

    /// <summary>XLC0104: a key xl does not know, which it ignores.</summary>
    public static readonly DiagnosticDescriptor UnknownChannelKey = new(
        "XLC0104", "UnknownChannelKey", "Unknown channel key",
        DiagnosticSeverity.Warning,
        "xl knows four keys: `name`, `connection`, `path` and `backend` (exact, lower case). Any other key is ignored with a warning, so a misspelt key silently loses its value.",
        "Prints `unknown channel parameter 'KEY', ignoring` and goes on.",
        "channel = [ \"connection=pty,nmae=org.example.agent.0\" ]",
        "Correct the key (`name`, `connection`, `path`, `backend`) or remove the field.");

    /// <summary>XLC0104 for <paramref name="key"/>, with the known key it may mean (<paramref name="suggestion"/>) and its fix.</summary>
    internal static Diagnostic UnknownChannelKeyAt(SourceSpan span, string key, string? suggestion, string? xl, DiagnosticFix? fix = null) =>
        new(UnknownChannelKey, span,
            suggestion is not null
                ? $"unknown key `{key}`: did you mean `{suggestion}`? xl ignores this field, so its value is lost"
                : key.Length == 0
                    ? "field with an empty key: xl ignores it; remove it"
                    : $"unknown key `{key}`: xl knows only name, connection, path and backend, and ignores this field",
            xl, fix: fix);

    /// <summary>XLC0105: the 2014 draft spelling <c>type=</c>.</summary>
    public static readonly DiagnosticDescriptor ChannelTypeSpelling = new(
        "XLC0105", "ChannelTypeSpelling", "`type=` is the 2014 draft spelling of `connection=`",
        DiagnosticSeverity.Error,
        "The 2014 patch series that introduced channels used `type=NONE|PTY|PATH|SOCKET`; the released form is `connection=pty|socket`. xl ignores `type=` as an unknown key and then stops because the channel has no connection.",
        "Prints `unknown channel parameter 'type', ignoring`, then `channel has unknown 'connection'`, and exits with status 1.",
        "channel = [ \"type=SOCKET,path=/run/agent.sock,name=org.example.agent.0\" ]",
        "Write `connection=socket` (or `connection=pty`).");

    /// <summary>
    /// XLC0105 for <c>type=<paramref name="value"/></c>: an error when the channel has no
    /// <c>connection=</c> (<paramref name="connection"/> is the one <c>type=</c> meant, if any).
    /// </summary>
    internal static Diagnostic ChannelTypeSpellingAt(SourceSpan span, string value, bool noConnection, string? connection, bool xlPrinted, DiagnosticFix? fix)
    {
        string intro = $"`type={value}` is the 2014 draft spelling; the released form is connection=pty|socket, and xl ignores `type=`";
        string message = noConnection
            ? $"{intro}, so this channel has no connection and xl stops" + (connection is null ? "; write connection=pty or connection=socket" : $"; write connection={connection}")
            : $"{intro}; remove it (this channel also has connection=)";
        return new(
            ChannelTypeSpelling, span, message,
            xlPrinted ? "unknown channel parameter 'type', ignoring" : null,
            noConnection ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            fix);
    }

    /// <summary>XLC0106: a connection other than <c>pty</c> or <c>socket</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidConnection = new(
        "XLC0106", "InvalidConnection", "Unknown connection type",
        DiagnosticSeverity.Error,
        "`connection` must be exactly `pty` or `socket`.",
        "Prints `unknown channel connection 'VALUE'` and exits with status 1.",
        "channel = [ \"connection=unix,path=/run/a.sock,name=a\" ]",
        "Use `connection=socket` with a `path=`, or `connection=pty`.");

    /// <summary>XLC0106 for <c>connection=<paramref name="value"/></c> (<paramref name="lower"/> in lower case).</summary>
    internal static Diagnostic InvalidConnectionAt(SourceSpan span, string value, string lower, string? xl)
    {
        string hint = lower switch
        {
            "unix" or "sock" or "file" or "path" => "; for a UNIX socket write connection=socket with path=",
            "tty" or "pts" or "serial" => "; for a pseudo-terminal write connection=pty",
            _ => string.Empty,
        };
        return new(InvalidConnection, span, $"`{value}` is not a connection type: xl stops; use pty or socket{hint}", xl);
    }

    /// <summary>XLC0107: <c>connection=PTY</c> or <c>SOCKET</c> in upper case.</summary>
    public static readonly DiagnosticDescriptor ConnectionCase = new(
        "XLC0107", "ConnectionCase", "Connection type in upper case",
        DiagnosticSeverity.Error,
        "xl compares the connection type case-sensitively. The xl.cfg man page prints `SOCKET` and `PTY` in capitals, but only `socket` and `pty` work.",
        "Prints `unknown channel connection 'PTY'` and exits with status 1.",
        "channel = [ \"connection=PTY,name=a\" ]",
        "Write it in lower case: `connection=pty`.");

    /// <summary>XLC0107 for <c>connection=<paramref name="value"/></c>, which is <paramref name="lower"/> in lower case.</summary>
    internal static Diagnostic ConnectionCaseAt(SourceSpan span, string value, string lower, string? xl, DiagnosticFix? fix) =>
        new(ConnectionCase, span, $"connection types are lower case: xl rejects `{value}` (the man page's capitals do not work); write connection={lower}", xl, fix: fix);

    /// <summary>XLC0108: no <c>connection=</c>.</summary>
    public static readonly DiagnosticDescriptor MissingConnection = new(
        "XLC0108", "MissingConnection", "Channel without `connection=`",
        DiagnosticSeverity.Error,
        "Every channel needs `connection=pty` or `connection=socket`.",
        "Prints `channel has unknown 'connection'` and exits with status 1.",
        "channel = [ \"name=org.example.agent.0\" ]",
        "Add `connection=pty`, or `connection=socket,path=/run/…sock`.");

    /// <summary>XLC0108; <paramref name="hasType"/> when the channel has <c>type=</c> instead.</summary>
    internal static Diagnostic MissingConnectionAt(SourceSpan span, bool hasType, string? xl) =>
        new(MissingConnection, span,
            hasType
                ? "this channel has no `connection=` (`type=` is not read by xl): xl stops; write connection=pty or connection=socket"
                : "this channel has no `connection=`: xl stops; add connection=pty, or connection=socket with a path=",
            xl);

    /// <summary>XLC0109: a socket channel without <c>path=</c>.</summary>
    public static readonly DiagnosticDescriptor SocketWithoutPath = new(
        "XLC0109", "SocketWithoutPath", "Socket channel without `path=`",
        DiagnosticSeverity.Error,
        "A socket channel needs the path of the UNIX socket QEMU creates on the host.",
        "Prints `channel connection 'socket' requires path=..` and exits with status 1.",
        "channel = [ \"connection=socket,name=a\" ]",
        "Add `path=/run/xen/DOMAIN-NAME.sock` (absolute, unique, at most 107 bytes).");

    /// <summary>XLC0109.</summary>
    internal static Diagnostic SocketWithoutPathAt(SourceSpan span, string? xl) =>
        new(SocketWithoutPath, span, "a socket channel needs `path=` (the UNIX socket QEMU creates on the host): xl stops; add path=/run/xen/NAME.sock", xl);

    /// <summary>XLC0110: a key given twice in one item.</summary>
    public static readonly DiagnosticDescriptor RepeatedChannelKey = new(
        "XLC0110", "RepeatedChannelKey", "Key repeated in a channel",
        DiagnosticSeverity.Warning,
        "When a key appears twice in one channel item, xl silently uses the last one.",
        "Uses the last value without a message.",
        "channel = [ \"connection=pty,name=a,name=b\" ]",
        "Remove the field that should not apply.");

    /// <summary>XLC0110: <c><paramref name="key"/>=<paramref name="value"/></c> is given again later in the channel.</summary>
    internal static Diagnostic RepeatedChannelKeyAt(SourceSpan span, string key, string value) =>
        new(RepeatedChannelKey, span, $"`{key}` is given again later in this channel and xl uses only the last one, so `{key}={value}` is ignored; remove one of them");

    /// <summary>XLC0111: a channel without <c>name=</c>.</summary>
    public static readonly DiagnosticDescriptor MissingChannelName = new(
        "XLC0111", "MissingChannelName", "Channel without `name=`",
        DiagnosticSeverity.Error,
        "xl accepts a channel without a name, but libxl refuses it when it creates the domain: the guest finds channels only by name.",
        "xl goes on; libxl logs `channel N has no name` and domain creation fails.",
        "channel = [ \"connection=pty\" ]",
        "Add `name=` with a reverse-domain name, such as `name=org.example.agent.0`.");

    /// <summary>XLC0111's message for the channel libxl numbers <paramref name="libxlNumber"/>.</summary>
    internal static string MissingChannelNameMessage(int libxlNumber) =>
        $"this channel has no `name=`: libxl refuses it (`channel {libxlNumber} has no name`) and the domain is not created; add name= with a reverse-domain name such as org.example.agent.0";

    /// <summary>XLC0112: a backend domain name that is not known.</summary>
    public static readonly DiagnosticDescriptor UnknownBackendDomain = new(
        "XLC0112", "UnknownBackendDomain", "Unknown backend domain",
        DiagnosticSeverity.Error,
        "`backend=` is a domain id (digits) or the name of a running domain. libxl looks the name up when it creates the domain; an unknown name makes creation fail. xlchan knows `Domain-0` and the domains given with `--domain NAME=ID`.",
        "libxl fails to create the domain (ERROR_INVAL) without a message naming the backend.",
        "channel = [ \"backend=driver-dom,connection=pty,name=a\" ]",
        "Use an existing domain's exact name or its id, or remove `backend=` to use the toolstack domain.");

    /// <summary>XLC0112's message for <paramref name="backend"/>, listing the <paramref name="known"/> domains.</summary>
    internal static string UnknownBackendDomainMessage(string backend, IEnumerable<string> known) =>
        $"backend domain `{backend}` is not known: libxl fails to create the domain; use a running domain's exact name or its id (known here: {string.Join(", ", known)}; add others with --domain NAME=ID)";

    /// <summary>XLC0113: the first channel silently lost (Xen 4.11–4.20.0).</summary>
    public static readonly DiagnosticDescriptor FirstChannelLost = new(
        "XLC0113", "FirstChannelLost", "First channel never reaches the guest (Xen 4.11–4.20.0)",
        DiagnosticSeverity.Error,
        "From Xen 4.11 to 4.20.0 (and 4.18.0–4.18.4, 4.19.0–4.19.1), xl numbers channels from 0 and libxl uses that number as the console number. The first channel becomes console 0, the primary console, which libxl rejects; the error is ignored, so the domain starts but the first channel is missing from xenstore (QEMU still opens its socket). Fixed in 4.18.5, 4.19.2, 4.20.1 and 4.21.0.",
        "Logs `Primary console has invalid configuration` and starts the domain without the first channel.",
        "channel = [ \"connection=pty,name=org.example.agent.0\" ]   (with Xen 4.20.0)",
        "Upgrade Xen, or put a placeholder channel first (for example `connection=pty,name=org.example.placeholder.0`).");

    /// <summary>XLC0113 with Xen <paramref name="xenRelease"/>.</summary>
    internal static Diagnostic FirstChannelLostAt(SourceSpan span, string xenRelease, string? xl) =>
        new(FirstChannelLost, span,
            $"with Xen {xenRelease}, this first channel becomes console 0 (the primary console), which libxl rejects: the domain starts, but the channel never reaches xenstore and the guest never sees it; upgrade to 4.18.5, 4.19.2, 4.20.1 or 4.21, or put a placeholder channel first",
            xl);

    /// <summary>XLC0114: a relative socket path.</summary>
    public static readonly DiagnosticDescriptor RelativeSocketPath = new(
        "XLC0114", "RelativeSocketPath", "Relative socket path",
        DiagnosticSeverity.Warning,
        "QEMU creates the socket relative to its own working directory, not to the configuration file or the shell that ran xl, so tools on the host will not find it.",
        "Passes the path to QEMU unchanged.",
        "channel = [ \"connection=socket,path=agent.sock,name=a\" ]",
        "Use an absolute path, such as `/run/xen/DOMAIN-agent.sock`.");

    /// <summary>XLC0114's message for <paramref name="path"/>, suggesting a path from <paramref name="suggestedName"/>.</summary>
    internal static string RelativeSocketPathMessage(string path, string suggestedName) =>
        $"socket path `{path}` is relative: QEMU creates it relative to its own working directory; use an absolute path such as /run/xen/{suggestedName}.sock";

    /// <summary>XLC0115: a socket path longer than 107 bytes.</summary>
    public static readonly DiagnosticDescriptor SocketPathTooLong = new(
        "XLC0115", "SocketPathTooLong", "Socket path too long",
        DiagnosticSeverity.Error,
        "A UNIX socket address holds 108 bytes of path on Linux (`sun_path`), and a path that clients can connect to needs room for its NUL: at most 107 bytes. With exactly 108 bytes QEMU (7.2) still starts and binds the socket, but clients cannot connect to it (Python refuses with `AF_UNIX path too long`); from 109 bytes QEMU refuses to start with `UNIX socket path '…' is too long`.",
        "Passes the path to QEMU. 108 bytes: the domain starts, but nothing on the host can connect to the channel. 109 bytes or more: QEMU fails and the domain does not start.",
        "channel = [ \"connection=socket,path=/var/lib/…a very long path…/agent.sock,name=a\" ]",
        "Use a shorter path, for example under `/run/xen/`.");

    /// <summary>
    /// XLC0115's message for a path of <paramref name="bytes"/> bytes: at 108 bytes (all of
    /// <c>sun_path</c>, no NUL) QEMU binds it but clients cannot connect; from 109 QEMU refuses to start.
    /// </summary>
    internal static string SocketPathTooLongMessage(int bytes, int maxBytes) =>
        bytes <= maxBytes + 1
            ? $"socket path is {bytes} bytes long, all of sun_path with no room for its NUL: QEMU starts and binds it, but clients cannot connect to it (`AF_UNIX path too long`); use a path of at most {maxBytes} bytes"
            : $"socket path is {bytes} bytes long: QEMU refuses it (`UNIX socket path '…' is too long`) and the domain does not start; use a path of at most {maxBytes} bytes";

    /// <summary>XLC0116: a control character in a name or path.</summary>
    public static readonly DiagnosticDescriptor ChannelControlCharacter = new(
        "XLC0116", "ChannelControlCharacter", "Control character in a channel name or path",
        DiagnosticSeverity.Error,
        "A newline, tab or other control character in a channel name or socket path passes through xl, but breaks the consumers: QEMU's option parser, xenstore listings, udev rules in the guest, and shell scripts on the host. C1 controls (such as U+009B, a terminal's CSI), the line and paragraph separators U+2028 and U+2029, and bidirectional controls (U+202E and the like, which show text in another order than it is read) count too.",
        "Accepts it.",
        "channel = [ \"connection=pty,name=org.example\\tagent\" ]",
        "Remove the character (check for escapes such as `\\t` or `\\n` in the string).");

    /// <summary>XLC0116's message for a name that contains <paramref name="character"/> (described).</summary>
    internal static string ChannelNameControlCharacterMessage(string character) =>
        $"the channel name contains {character}, which breaks xenstore listings, udev rules and scripts; remove it";

    /// <summary>XLC0116's message for a socket path that contains <paramref name="character"/> (described).</summary>
    internal static string SocketPathControlCharacterMessage(string character) =>
        $"the socket path contains {character}, which breaks QEMU's options and host scripts; remove it";

    /// <summary>XLC0117: two channels with the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateChannelName = new(
        "XLC0117", "DuplicateChannelName", "Two channels with the same name",
        DiagnosticSeverity.Error,
        "The guest finds a channel by its name; with two channels of the same name it cannot tell them apart (a udev rule links only one of them).",
        "Accepts both.",
        "channel = [ \"connection=pty,name=a\", \"connection=pty,name=a\" ]",
        "Give each channel a distinct name.");

    /// <summary>XLC0117's message: <paramref name="name"/> is also the name of the channel on <paramref name="firstLine"/>.</summary>
    internal static string DuplicateChannelNameMessage(string? name, int firstLine) =>
        $"channel name `{name}` is also used by the channel on line {firstLine}: the guest cannot tell them apart; give each channel its own name";

    /// <summary>XLC0118: two socket channels with the same path.</summary>
    public static readonly DiagnosticDescriptor DuplicateSocketPath = new(
        "XLC0118", "DuplicateSocketPath", "Two channels with the same socket path",
        DiagnosticSeverity.Error,
        "QEMU removes an existing socket file before it listens, so the second channel steals the path from the first, which becomes unreachable.",
        "Accepts both; QEMU gives the path to the last one.",
        "channel = [ \"connection=socket,path=/run/a.sock,name=a\", \"connection=socket,path=/run/a.sock,name=b\" ]",
        "Give each socket channel its own path.");

    /// <summary>XLC0118's message: <paramref name="path"/> is also the path of the channel on <paramref name="firstLine"/>.</summary>
    internal static string DuplicateSocketPathMessage(string? path, int firstLine) =>
        $"socket path `{path}` is also used by the channel on line {firstLine}: QEMU removes the first socket when it creates the second; give each channel its own path";

    /// <summary>XLC0119: <c>path=</c> on a pty channel.</summary>
    public static readonly DiagnosticDescriptor PathOnPtyChannel = new(
        "XLC0119", "PathOnPtyChannel", "`path=` on a pty channel is ignored",
        DiagnosticSeverity.Warning,
        "Only socket channels use `path=`; for `connection=pty` xl silently drops it. Often the intent was a socket.",
        "Ignores the path.",
        "channel = [ \"connection=pty,path=/run/a.sock,name=a\" ]",
        "Remove `path=`, or use `connection=socket`.");

    /// <summary>XLC0119's message for <c>path=<paramref name="path"/></c>.</summary>
    internal static string PathOnPtyChannelMessage(string path) =>
        $"`path={path}` is ignored for a pty channel; remove it, or use connection=socket if a socket was meant";

    /// <summary>XLC0120: a name that does not look globally unique.</summary>
    public static readonly DiagnosticDescriptor ChannelNameStyle = new(
        "XLC0120", "ChannelNameStyle", "Channel name is not a reverse-domain name",
        DiagnosticSeverity.Info,
        "xen-pv-channel(7) asks for globally unique names in reverse-domain style with a version, such as `org.xenproject.guest.clipboard.0.1`, so that unrelated agents never collide.",
        "Accepts any name.",
        "channel = [ \"connection=pty,name=agent\" ]",
        "Use a reverse-domain name you control, such as `com.example.agent.0`.");

    /// <summary>XLC0120's message for <paramref name="name"/>, suggesting a name from <paramref name="suggestedName"/>.</summary>
    internal static string ChannelNameStyleMessage(string name, string suggestedName) =>
        $"`{name}` does not look globally unique: xen-pv-channel(7) asks for reverse-domain names with a version, such as com.example.{suggestedName}.0";

    /// <summary>XLC0121: a well-known channel name.</summary>
    public static readonly DiagnosticDescriptor WellKnownChannelName = new(
        "XLC0121", "WellKnownChannelName", "Well-known channel name",
        DiagnosticSeverity.Info,
        "The name is one that an existing guest agent looks for; the message says which.",
        "Nothing special.",
        "channel = [ \"connection=socket,path=/run/qga.sock,name=org.qemu.guest_agent.0\" ]",
        "Nothing to fix; make sure the guest runs that agent.");

    /// <summary>XLC0121's message: <paramref name="name"/> is the channel of <paramref name="owner"/>.</summary>
    internal static string WellKnownChannelNameMessage(string name, string owner) =>
        $"`{name}` is the channel of {owner}";

    /// <summary>XLC0122: an empty channel name.</summary>
    public static readonly DiagnosticDescriptor EmptyChannelName = new(
        "XLC0122", "EmptyChannelName", "Empty channel name",
        DiagnosticSeverity.Error,
        "`name= ` (only blanks after `=`) gives the empty string, which libxl accepts; but the guest cannot find a channel with no name.",
        "Accepts it.",
        "channel = [ \"connection=pty,name= \" ]",
        "Give the channel a name.");

    /// <summary>XLC0122's message.</summary>
    internal const string EmptyChannelNameMessage = "the channel's name is empty: the guest cannot find a channel without a name; give it one";

    /// <summary>XLC0123: an empty backend, which means domain 0.</summary>
    public static readonly DiagnosticDescriptor EmptyBackend = new(
        "XLC0123", "EmptyBackend", "Empty `backend=`",
        DiagnosticSeverity.Warning,
        "An empty `backend=` counts as the domain id 0 (the toolstack domain), because libxl treats any string of digits — even none — as an id.",
        "Uses domain 0.",
        "channel = [ \"backend= ,connection=pty,name=a\" ]",
        "Remove `backend=`, or name the backend domain.");

    /// <summary>XLC0123's message.</summary>
    internal const string EmptyBackendMessage = "`backend=` is empty, which libxl reads as domain id 0 (the toolstack domain); remove it, or name the backend domain";

    /// <summary>XLC0124: a socket path ending with <c>/</c>.</summary>
    public static readonly DiagnosticDescriptor SocketPathIsDirectory = new(
        "XLC0124", "SocketPathIsDirectory", "Socket path ends with `/`",
        DiagnosticSeverity.Error,
        "A path ending in `/` names a directory, where no socket can be created (the xen-pv-channel(7) example has this mistake).",
        "Passes it to QEMU, which fails to create the socket.",
        "channel = [ \"connection=socket,path=/run/agent/,name=a\" ]",
        "Name the socket file: `path=/run/agent/agent.sock`.");

    /// <summary>XLC0124's message.</summary>
    internal const string SocketPathIsDirectoryMessage = "socket path ends with `/`, which names a directory where no socket can be created; add the socket's file name";

    /// <summary>XLC0125: a backend domain id no domain can have.</summary>
    public static readonly DiagnosticDescriptor ImpossibleBackendDomid = new(
        "XLC0125", "ImpossibleBackendDomid", "Backend domain id no domain can have",
        DiagnosticSeverity.Warning,
        "Domain ids of real domains end at 32751: from 32752 (`DOMID_FIRST_RESERVED`, 0x7FF0) they are reserved for `DOMID_SELF`, `DOMID_IO` and the like, and a real xenstored refuses domain ids above 65535. libxl reads `backend=` digits with `strtoul` into a 32-bit domid and checks nothing, so the console's backend is a domain that cannot exist; from 2^31 libxl even writes the frontend's `backend-id` node as a negative number (`%d`: `backend=4294967295` gives `-1`).",
        "Accepts it; libxl writes the console's xenstore nodes for that domain id, and no backend ever connects to the channel.",
        "channel = [ \"backend=4294967295,connection=pty,name=a\" ]",
        "Use the id (0 to 32751) or the name of the domain that runs the backend, or remove `backend=` to use the toolstack domain.");

    /// <summary>
    /// XLC0125's message: why no domain can be the backend <paramref name="domid"/>, by range
    /// (reserved, refused by xenstored above <paramref name="maxXenstoreDomid"/>, written negative).
    /// </summary>
    internal static string ImpossibleBackendDomidMessage(string backend, uint domid, uint maxDomid, uint maxXenstoreDomid)
    {
        string source = backend.All(char.IsAsciiDigit) ? $"`backend={backend}`" : $"backend `{backend}`";
        string why = domid <= maxXenstoreDomid
            ? $"domain id {domid} is reserved (real domains end at {maxDomid}), so no domain can serve this channel"
            : domid <= int.MaxValue
                ? $"no domain can have id {domid} (real domains end at {maxDomid}, and xenstored refuses ids above {maxXenstoreDomid})"
                : $"no domain can have id {domid} (real domains end at {maxDomid}), and libxl writes it into backend-id as {unchecked((int)domid)}";
        return $"{source}: {why}; use the id or name of the domain that runs the backend";
    }
}
