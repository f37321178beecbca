using ChannelConfig.Diagnostics;
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
/// xl's reading of one channel item (the block in <c>parse_config_data</c>, xl_parse.c): split it
/// into fields as <see cref="ChannelItemSplitter"/> does, then act on the keys <c>backend</c>,
/// <c>name</c>, <c>path</c> and <c>connection</c>, printing xl's messages and stopping where xl stops.
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
    /// <param name="origin">The file the item is in, and how this release splits fields.</param>
    /// <param name="item">The item's string value.</param>
    /// <param name="index">Its position in the list.</param>
    /// <param name="channel">The channel (when xl stops on it, our best reading of it, for validation); null for an empty item.</param>
    /// <returns>Whether xl stops.</returns>
    /// <remarks>
    /// Fields are handled as offsets: a field object (with its spans) is made only for a
    /// diagnostic, and the channel reads its fields again when asked (<see cref="DeviceChannel.Fields"/>).
    /// </remarks>
    public XlStop Read(ChannelItemSource origin, XlString item, int index, out DeviceChannel? channel)
    {
        channel = null;
        var bytes = item.Bytes.Span;
        if (bytes.IndexOfAnyExcept((byte)',') < 0)
        {
            _diagnostics.Add(DiagnosticCatalog.EmptyChannelItemAt(item.Span));
            return XlStop.Crash;
        }

        StringSourceMap? map = null;
        ChannelFieldBounds? name = null, connection = null, path = null, backend = null, type = null;
        var keys = ChannelKeys.None;
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

        // The object of a field, with its spans, for a diagnostic.
        ChannelField Field(in ChannelFieldBounds bounds) =>
            ChannelItemSource.MakeField(item.Bytes.Span, bounds, map ??= origin.MapOf(item));

        int next = 0;
        while (ChannelItemSplitter.Next(bytes, origin.SplitsAtNextEquals, ref next, out var bounds))
        {
            if (!bounds.IsPair)
            {
                var pair = bytes[bounds.Start..bounds.End];
                string? xl = Xl($"failed to parse channel configuration: {Text(pair)}", newline: false);
                _diagnostics.Add(BadField(pair, (map ??= origin.MapOf(item)).Span(bounds.Start, bounds.End), xl));
                stop = XlStop.Exit;
                continue;
            }

            var known = ChannelItemSource.KnownKey(bytes[bounds.KeyStart..bounds.KeyEnd]);

            // The last earlier field with the same key, for the keys xl acts on (it uses only the last).
            var earlier = known switch
            {
                ChannelKeys.Backend => backend,
                ChannelKeys.Name => name,
                ChannelKeys.Path => path,
                ChannelKeys.Connection => connection,
                _ => null,
            };
            if (earlier is { } repeated)
            {
                var before = Field(repeated);
                _diagnostics.Add(DiagnosticCatalog.RepeatedChannelKeyAt(before.Span, before.Key, before.Value));
            }

            keys |= known;
            switch (known)
            {
                case ChannelKeys.Backend:
                    backend = bounds;
                    break;
                case ChannelKeys.Name:
                    name = bounds;
                    break;
                case ChannelKeys.Path:
                    path = bounds;
                    break;
                case ChannelKeys.Connection:
                    connection = bounds;
                    connectionInvalid = false;
                    connectionKind = ChannelConnectionName.Parse(bytes[bounds.ValueStart..bounds.ValueEnd]);
                    if (connectionKind == ChannelConnection.Unknown)
                    {
                        var field = Field(bounds);
                        string? xl = Xl($"unknown channel connection '{field.Value}'", newline: true);
                        _diagnostics.Add(InvalidConnection(field, xl));
                        stop = XlStop.Exit;
                        connectionInvalid = true;
                        connectionKind = ChannelConnectionName.Parse(field.Value.ToLowerInvariant());
                    }

                    break;
                default:
                {
                    var key = bytes[bounds.KeyStart..bounds.KeyEnd];
                    bool isType = key.SequenceEqual("type"u8);
                    bool kept = !isType && _diagnostics.KeepsNext;
                    string? xl = stop == XlStop.None ? _xl.AppendLine("unknown channel parameter '", key, "', ignoring", wantLine: kept) : null;
                    if (isType)
                    {
                        type = bounds;
                    }
                    else if (kept)
                    {
                        _diagnostics.Add(UnknownKey(Field(bounds), xl));
                    }
                    else
                    {
                        _diagnostics.Drop(DiagnosticCatalog.UnknownChannelKey); // One item can have a million fields: build nothing not kept.
                    }

                    break;
                }
            }
        }

        if (type is { } typeField)
        {
            _diagnostics.Add(TypeSpelling(Field(typeField), connection is null, stop == XlStop.None));
        }

        if (connectionKind == ChannelConnection.Unknown && !connectionInvalid)
        {
            string? xl = Xl("channel has unknown 'connection'", newline: true);
            _diagnostics.Add(DiagnosticCatalog.MissingConnectionAt(item.Span, hasType: type is not null, xl));
            stop = XlStop.Exit;
        }
        else if (connectionKind == ChannelConnection.Socket && path is null && !connectionInvalid)
        {
            string? xl = Xl("channel connection 'socket' requires path=..", newline: true);
            _diagnostics.Add(DiagnosticCatalog.SocketWithoutPathAt(Field(connection!.Value).Span, xl));
            stop = XlStop.Exit;
        }

        channel = new DeviceChannel
        {
            Devid = XlDevid(_version, index),
            Connection = connectionKind,
            Index = index,
            Origin = origin,
            ItemIndex = index,
            ItemBytesAt = origin.FileOffsetOf(item),
            NameAt = ItemSlice.Of(name),
            PathAt = connectionKind == ChannelConnection.Socket ? ItemSlice.Of(path) : default,
            BackendAt = ItemSlice.Of(backend),
            Keys = keys,
        };
        return stop;
    }

    /// <summary>The devid xl gives the channel at <paramref name="index"/>: its index on the releases that number from 0, else -1 (libxl assigns it).</summary>
    public static int XlDevid(XenVersion version, int index) => version.NumbersChannelsFromZero ? index : -1;

    /// <summary>The channel as xl built it, from the channel libxl set up (libxl changes only the devid and the backend's id).</summary>
    public static DeviceChannel AsXlBuiltIt(DeviceChannel setUp, XenVersion version) =>
        setUp with { Devid = XlDevid(version, setUp.Index), BackendDomid = 0 };

    /// <summary>Text of bytes as xl prints them: UTF-8, or byte by byte when not valid UTF-8.</summary>
    private static string Text(ReadOnlySpan<byte> bytes) => ByteText.Decode(bytes);

    private Diagnostic BadField(ReadOnlySpan<byte> pair, SourceSpan span, string? xl)
    {
        string text = PrintableText.Text(Text(pair).Trim());
        int eq = pair.IndexOf((byte)'=');
        if (eq < 0)
        {
            string known = KnownKeys.FirstOrDefault(k => text.Equals(k, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
            return DiagnosticCatalog.ChannelFieldWithoutEqualsAt(span, text, known.Length > 0 ? known : null, xl);
        }

        if (eq == pair.Length - 1 || pair[(eq + 1)..].IndexOfAnyExcept((byte)'=') < 0)
        {
            return DiagnosticCatalog.ChannelFieldEmptyValueAt(span, text, xl);
        }

        return DiagnosticCatalog.ChannelFieldLeadingEqualsAt(span, text, _version.ToString(), xl);
    }

    private static Diagnostic InvalidConnection(ChannelField field, string? xl)
    {
        string lower = field.Value.ToLowerInvariant();
        if (lower is "pty" or "socket")
        {
            return DiagnosticCatalog.ConnectionCaseAt(
                field.ValueSpan, field.Value, lower, xl,
                new DiagnosticFix($"write connection={lower}", [new TextEdit(field.ValueSpan, lower)]));
        }

        return DiagnosticCatalog.InvalidConnectionAt(field.ValueSpan, field.Value, lower, xl);
    }

    private static Diagnostic UnknownKey(ChannelField field, string? xl)
    {
        string? suggestion = KnownKeys.FirstOrDefault(k => k.Equals(field.Key, StringComparison.OrdinalIgnoreCase))
            ?? KnownKeys.FirstOrDefault(k => EditDistance.AtMost(field.Key, k, 2));
        if (suggestion is not null)
        {
            return DiagnosticCatalog.UnknownChannelKeyAt(
                field.KeySpan, field.Key, suggestion, xl,
                new DiagnosticFix($"rename the key to {suggestion}", [new TextEdit(field.KeySpan, suggestion)]));
        }

        return DiagnosticCatalog.UnknownChannelKeyAt(field.KeySpan.IsEmpty ? field.Span : field.KeySpan, field.Key, suggestion: null, xl);
    }

    private static Diagnostic TypeSpelling(ChannelField type, bool noConnection, bool xlPrinted)
    {
        string? connection = type.Value.ToUpperInvariant() switch
        {
            "PTY" => "pty",
            "SOCKET" or "PATH" => "socket",
            _ => null,
        };
        DiagnosticFix? fix = noConnection && connection is not null
            ? new DiagnosticFix($"write connection={connection}", [new TextEdit(type.Span, $"connection={connection}")])
            : null;
        return DiagnosticCatalog.ChannelTypeSpellingAt(type.Span, type.Value, noConnection, connection, xlPrinted, fix);
    }
}
