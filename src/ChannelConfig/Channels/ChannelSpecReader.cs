using System.Text;
using ChannelConfig.Diagnostics;
using ChannelConfig.Lexing;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>How xl's reading of the channels ended.</summary>
internal enum XlStop
{
    /// <summary>xl goes on.</summary>
    None,

    /// <summary>xl printed an error and called <c>exit(1)</c>.</summary>
    Exit,

    /// <summary>xl died on a signal.</summary>
    Crash,
}

/// <summary>
/// xl's reading of one channel item (the block in <c>parse_config_data</c>, xl_parse.c): split on
/// <c>,</c> with <c>strtok</c> (empty fields vanish), split each field at its first <c>=</c>
/// (before 4.18: <c>strtok</c> on <c>=</c>), trim both sides with C <c>isspace</c>, then act on
/// the keys <c>backend</c>, <c>name</c>, <c>path</c> and <c>connection</c>.
/// </summary>
internal sealed class ChannelSpecReader
{
    private static readonly string[] KnownKeys = ["name", "connection", "path", "backend"];

    private readonly XenVersion _version;
    private readonly XlOutput _xl;
    private readonly DiagnosticBag _diagnostics;

    public ChannelSpecReader(XenVersion version, XlOutput xlOutput, DiagnosticBag diagnostics)
    {
        _version = version;
        _xl = xlOutput;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads one item.</summary>
    /// <param name="source">The file.</param>
    /// <param name="item">The item's string value.</param>
    /// <param name="index">Its position in the list.</param>
    /// <param name="channel">The channel (when xl stops on it, our best reading of it, for validation); null for an empty item.</param>
    /// <returns>Whether xl stops.</returns>
    public XlStop Read(SourceText source, XlString item, int index, out DeviceChannel? channel)
    {
        channel = null;
        var map = new StringSourceMap(source, item);
        var bytes = item.Bytes.Span;
        if (bytes.IndexOfAnyExcept((byte)',') < 0)
        {
            _diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.EmptyChannelItem, item.Span,
                "this channel item has no field at all, which crashes xl (segmentation fault); remove it or write connection=…,name=…"));
            return XlStop.Crash;
        }

        var fields = new List<ChannelField>();
        ChannelField? name = null, connection = null, path = null, backend = null, type = null;
        var connectionKind = ChannelConnection.Unknown;
        bool connectionInvalid = false;
        var stop = XlStop.None;

        // xl prints each message and stops at its first error; we read on (without xl's words).
        string? Xl(string text, bool newline)
        {
            if (stop != XlStop.None)
            {
                return null;
            }

            _xl.Append(text, newline);

            return text;
        }

        int next = 0;
        while (NextField(bytes, ref next, out int start, out int end))
        {
            var pair = bytes[start..end];
            if (!TrySplitPair(pair, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd))
            {
                string? xl = Xl($"failed to parse channel configuration: {Text(pair)}", newline: false);
                _diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.ChannelFieldWithoutValue, map.Span(start, end),
                    DescribeBadField(pair), xl));
                stop = XlStop.Exit;
                continue;
            }

            Trim(pair, ref keyStart, ref keyEnd);
            Trim(pair, ref valueStart, ref valueEnd);
            var field = new ChannelField(
                KeyText(pair[keyStart..keyEnd]),
                ValueText(pair[valueStart..valueEnd]),
                map.Span(start, end),
                map.Span(start + keyStart, start + keyEnd),
                map.Span(start + valueStart, start + valueEnd));
            fields.Add(field);

            // The last earlier field with the same key, for the keys xl acts on (it uses only the last).
            var earlier = field.Key switch
            {
                "backend" => backend,
                "name" => name,
                "path" => path,
                "connection" => connection,
                _ => null,
            };
            if (earlier is not null)
            {
                _diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.RepeatedChannelKey, earlier.Span,
                    $"`{field.Key}` is given again later in this channel and xl uses only the last one, so `{earlier.Key}={earlier.Value}` is ignored; remove one of them"));
            }

            switch (field.Key)
            {
                case "backend":
                    backend = field;
                    break;
                case "name":
                    name = field;
                    break;
                case "path":
                    path = field;
                    break;
                case "connection":
                    connection = field;
                    connectionInvalid = false;
                    if (field.Value == "pty")
                    {
                        connectionKind = ChannelConnection.Pty;
                    }
                    else if (field.Value == "socket")
                    {
                        connectionKind = ChannelConnection.Socket;
                    }
                    else
                    {
                        string? xl = Xl($"unknown channel connection '{field.Value}'", newline: true);
                        _diagnostics.Add(InvalidConnection(field, xl));
                        stop = XlStop.Exit;
                        connectionInvalid = true;
                        connectionKind = field.Value.ToLowerInvariant() switch
                        {
                            "pty" => ChannelConnection.Pty,
                            "socket" => ChannelConnection.Socket,
                            _ => ChannelConnection.Unknown,
                        };
                    }

                    break;
                default:
                {
                    string? xl = Xl($"unknown channel parameter '{field.Key}', ignoring", newline: true);
                    if (field.Key == "type")
                    {
                        type = field;
                    }
                    else
                    {
                        _diagnostics.Add(UnknownKey(field, xl));
                    }

                    break;
                }
            }
        }

        if (type is not null)
        {
            _diagnostics.Add(TypeSpelling(type, connection is null, stop == XlStop.None));
        }

        if (connectionKind == ChannelConnection.Unknown && !connectionInvalid)
        {
            string? xl = Xl("channel has unknown 'connection'", newline: true);
            _diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.MissingConnection, item.Span,
                type is null
                    ? "this channel has no `connection=`: xl stops; add connection=pty, or connection=socket with a path="
                    : "this channel has no `connection=` (`type=` is not read by xl): xl stops; write connection=pty or connection=socket",
                xl));
            stop = XlStop.Exit;
        }
        else if (connectionKind == ChannelConnection.Socket && path is null && !connectionInvalid)
        {
            string? xl = Xl("channel connection 'socket' requires path=..", newline: true);
            _diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.SocketWithoutPath, connection!.Span,
                "a socket channel needs `path=` (the UNIX socket QEMU creates on the host): xl stops; add path=/run/xen/NAME.sock",
                xl));
            stop = XlStop.Exit;
        }

        channel = new DeviceChannel
        {
            Devid = _version.NumbersChannelsFromZero ? index : -1,
            Name = name?.Value,
            Connection = connectionKind,
            Path = connectionKind == ChannelConnection.Socket ? path?.Value : null,
            BackendDomname = backend?.Value,
            Index = index,
            Span = item.Span,
            Fields = fields,
            NameField = name,
            ConnectionField = connection,
            PathField = path,
            BackendField = backend,
        };
        return stop;
    }

    /// <summary>Text of bytes as xl prints them: UTF-8, or byte by byte when not valid UTF-8.</summary>
    private static string Text(ReadOnlySpan<byte> bytes) => ByteText.Decode(bytes);

    /// <summary>
    /// <c>strtok_r(buf, ",")</c>: the next non-empty run between commas, from <paramref name="next"/>
    /// on; <paramref name="next"/> moves past it.
    /// </summary>
    private static bool NextField(ReadOnlySpan<byte> bytes, ref int next, out int start, out int end)
    {
        int i = next;
        while (i < bytes.Length && bytes[i] == (byte)',')
        {
            i++;
        }

        if (i >= bytes.Length)
        {
            start = end = next = bytes.Length;
            return false;
        }

        int comma = bytes[i..].IndexOf((byte)',');
        start = i;
        end = next = comma < 0 ? bytes.Length : i + comma;
        return true;
    }

    /// <summary>A key's text, without allocating for the keys xl knows.</summary>
    private static string KeyText(ReadOnlySpan<byte> bytes) =>
        bytes.SequenceEqual("name"u8) ? "name"
        : bytes.SequenceEqual("connection"u8) ? "connection"
        : bytes.SequenceEqual("path"u8) ? "path"
        : bytes.SequenceEqual("backend"u8) ? "backend"
        : Text(bytes);

    /// <summary>A value's text, without allocating for the two connection types.</summary>
    private static string ValueText(ReadOnlySpan<byte> bytes) =>
        bytes.SequenceEqual("pty"u8) ? "pty"
        : bytes.SequenceEqual("socket"u8) ? "socket"
        : Text(bytes);

    /// <summary>
    /// <c>split_string_into_pair(pair, "=", …)</c>: since 4.18 at the first <c>=</c>, with
    /// something after it; before, <c>strtok</c>'s first two <c>=</c>-separated tokens.
    /// </summary>
    private bool TrySplitPair(ReadOnlySpan<byte> pair, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd)
    {
        keyStart = keyEnd = valueStart = valueEnd = 0;
        if (!_version.SplitsValueAtNextEquals)
        {
            int eq = pair.IndexOf((byte)'=');
            if (eq < 0 || eq == pair.Length - 1)
            {
                return false;
            }

            keyEnd = eq;
            valueStart = eq + 1;
            valueEnd = pair.Length;
            return true;
        }

        int k = 0;
        while (k < pair.Length && pair[k] == (byte)'=')
        {
            k++;
        }

        if (k == pair.Length)
        {
            return false;
        }

        int ke = pair[k..].IndexOf((byte)'=');
        if (ke < 0)
        {
            return false;
        }

        ke += k;
        int v = ke;
        while (v < pair.Length && pair[v] == (byte)'=')
        {
            v++;
        }

        if (v == pair.Length)
        {
            return false;
        }

        int ve = pair[v..].IndexOf((byte)'=');
        (keyStart, keyEnd, valueStart, valueEnd) = (k, ke, v, ve < 0 ? pair.Length : v + ve);
        return true;
    }

    private static void Trim(ReadOnlySpan<byte> text, ref int start, ref int end)
    {
        while (start < end && CharClass.IsCSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsCSpace(text[end - 1]))
        {
            end--;
        }
    }

    private string DescribeBadField(ReadOnlySpan<byte> pair)
    {
        string text = SyntaxReporter.Printable(Text(pair).Trim());
        int eq = pair.IndexOf((byte)'=');
        if (eq < 0)
        {
            string known = KnownKeys.FirstOrDefault(k => text.Equals(k, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
            return known.Length > 0
                ? $"field `{text}` has no `=value`: xl stops; write {known}=…"
                : $"field `{text}` is not key=value: xl stops reading the channel (a `,` inside a value always splits it, and there is no escape for it)";
        }

        if (eq == pair.Length - 1 || pair[(eq + 1)..].IndexOfAnyExcept((byte)'=') < 0)
        {
            return $"field `{text}` has nothing after `=`: xl stops; give it a value or remove it";
        }

        return $"field `{text}` starts with `=`: Xen {_version} rejects it; remove the leading `=`";
    }

    private static Diagnostic InvalidConnection(ChannelField field, string? xl)
    {
        string lower = field.Value.ToLowerInvariant();
        if (lower is "pty" or "socket")
        {
            return new Diagnostic(
                DiagnosticCatalog.ConnectionCase, field.ValueSpan,
                $"connection types are lower case: xl rejects `{field.Value}` (the man page's capitals do not work); write connection={lower}",
                xl,
                fix: new DiagnosticFix($"write connection={lower}", [new TextEdit(field.ValueSpan, lower)]));
        }

        string hint = lower switch
        {
            "unix" or "sock" or "file" or "path" => "; for a UNIX socket write connection=socket with path=",
            "tty" or "pts" or "serial" => "; for a pseudo-terminal write connection=pty",
            _ => string.Empty,
        };
        return new Diagnostic(
            DiagnosticCatalog.InvalidConnection, field.ValueSpan,
            $"`{field.Value}` is not a connection type: xl stops; use pty or socket{hint}",
            xl);
    }

    private static Diagnostic UnknownKey(ChannelField field, string? xl)
    {
        string? suggestion = KnownKeys.FirstOrDefault(k => k.Equals(field.Key, StringComparison.OrdinalIgnoreCase))
            ?? KnownKeys.FirstOrDefault(k => EditDistance.AtMost(field.Key, k, 2));
        if (suggestion is not null)
        {
            return new Diagnostic(
                DiagnosticCatalog.UnknownChannelKey, field.KeySpan,
                $"unknown key `{field.Key}`: did you mean `{suggestion}`? xl ignores this field, so its value is lost",
                xl,
                fix: new DiagnosticFix($"rename the key to {suggestion}", [new TextEdit(field.KeySpan, suggestion)]));
        }

        string message = field.Key.Length == 0
            ? "field with an empty key: xl ignores it; remove it"
            : $"unknown key `{field.Key}`: xl knows only name, connection, path and backend, and ignores this field";
        return new Diagnostic(DiagnosticCatalog.UnknownChannelKey, field.KeySpan.IsEmpty ? field.Span : field.KeySpan, message, xl);
    }

    private static Diagnostic TypeSpelling(ChannelField type, bool noConnection, bool xlPrinted)
    {
        string? connection = type.Value.ToUpperInvariant() switch
        {
            "PTY" => "pty",
            "SOCKET" or "PATH" => "socket",
            _ => null,
        };
        string intro = $"`type={type.Value}` is the 2014 draft spelling; the released form is connection=pty|socket, and xl ignores `type=`";
        string message = noConnection
            ? $"{intro}, so this channel has no connection and xl stops" + (connection is null ? "; write connection=pty or connection=socket" : $"; write connection={connection}")
            : $"{intro}; remove it (this channel also has connection=)";
        DiagnosticFix? fix = noConnection && connection is not null
            ? new DiagnosticFix($"write connection={connection}", [new TextEdit(type.Span, $"connection={connection}")])
            : null;
        return new Diagnostic(
            DiagnosticCatalog.ChannelTypeSpelling, type.Span, message,
            xlPrinted ? "unknown channel parameter 'type', ignoring" : null,
            noConnection ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            fix);
    }
}
