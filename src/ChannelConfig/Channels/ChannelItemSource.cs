using System.Runtime.InteropServices;
using ChannelConfig.Syntax;
using ChannelConfig.Syntax.Storage;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// What the channels read from one file share: the file and how the Xen release splits fields.
/// A channel keeps this and its item, not its fields: they are read again, exactly as xl read
/// them, only when asked for (<see cref="DeviceChannel.Fields"/>), so a file of many channels
/// keeps a few bytes per channel beyond its name and path.
/// </summary>
internal sealed class ChannelItemSource
{
    private readonly SourceText _source;
    private readonly IReadOnlyList<XlValue> _items;
    private readonly bool _splitsAtNextEquals;

    public ChannelItemSource(SourceText source, IReadOnlyList<XlValue> items, XenVersion version)
    {
        _source = source;
        _items = items;
        _splitsAtNextEquals = version.SplitsValueAtNextEquals;
    }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> FileBytes => _source.Bytes;

    /// <summary>Where <paramref name="item"/>'s bytes start in the file when they are the file's own (no escapes were decoded), or -1.</summary>
    public int FileOffsetOf(XlString item)
    {
        int start = item.Span.Start.Offset + (item.Form is XlStringForm.DoubleQuoted or XlStringForm.SingleQuoted ? 1 : 0);
        return MemoryMarshal.TryGetArray(item.Bytes, out var bytes)
            && MemoryMarshal.TryGetArray(_source.Bytes, out var file)
            && bytes.Array == file.Array
            && bytes.Offset == file.Offset + start
            ? start
            : -1;
    }

    /// <summary>The string item at <paramref name="index"/> of the channel list (made when asked for: the list does not keep it).</summary>
    public XlString? ItemAt(int index) => _items[index] as XlString;

    /// <summary>The bytes of the string item at <paramref name="index"/>, without making the item when the list can (null for a nested list).</summary>
    public ReadOnlyMemory<byte>? ItemBytesAt(int index) =>
        _items is RecordedItems recorded ? recorded.StringBytesAt(index) : ItemAt(index)?.Bytes;

    /// <summary>Whether fields split at the next <c>=</c> (<see cref="XenVersion.SplitsValueAtNextEquals"/>).</summary>
    public bool SplitsAtNextEquals => _splitsAtNextEquals;

    /// <summary>The map from the item's bytes back to the file.</summary>
    public StringSourceMap MapOf(XlString item) => new(_source, item);

    /// <summary>Every field of an item that splits into a pair, in order, as xl reads them.</summary>
    public ChannelField[] ReadFields(XlString item)
    {
        var map = MapOf(item);
        var bytes = item.Bytes.Span;
        var fields = new List<ChannelField>();
        int next = 0;
        while (ChannelItemSplitter.Next(bytes, _splitsAtNextEquals, ref next, out var bounds))
        {
            if (bounds.IsPair)
            {
                fields.Add(MakeField(bytes, bounds, map));
            }
        }

        return [.. fields];
    }

    /// <summary>
    /// The last field of an item with one of the keys xl acts on (the one xl uses), or null: made
    /// without the objects of the other fields, which can be a million.
    /// </summary>
    public ChannelField? LastField(XlString item, ChannelKeys key)
    {
        var bytes = item.Bytes.Span;
        ChannelFieldBounds? last = null;
        int next = 0;
        while (ChannelItemSplitter.Next(bytes, _splitsAtNextEquals, ref next, out var bounds))
        {
            if (bounds.IsPair && KnownKey(bytes[bounds.KeyStart..bounds.KeyEnd]) == key)
            {
                last = bounds;
            }
        }

        return last is { } found ? MakeField(bytes, found, MapOf(item)) : null;
    }

    /// <summary>The field object for a field that splits into a pair.</summary>
    public static ChannelField MakeField(ReadOnlySpan<byte> item, in ChannelFieldBounds field, StringSourceMap map) =>
        new(
            KeyText(item[field.KeyStart..field.KeyEnd]),
            ValueText(item[field.ValueStart..field.ValueEnd]),
            map.Span(field.Start, field.End),
            map.Span(field.KeyStart, field.KeyEnd),
            map.Span(field.ValueStart, field.ValueEnd));

    /// <summary>Which of the keys xl acts on a key is, or <see cref="ChannelKeys.None"/>.</summary>
    public static ChannelKeys KnownKey(ReadOnlySpan<byte> key) =>
        key.SequenceEqual("name"u8) ? ChannelKeys.Name
        : key.SequenceEqual("connection"u8) ? ChannelKeys.Connection
        : key.SequenceEqual("path"u8) ? ChannelKeys.Path
        : key.SequenceEqual("backend"u8) ? ChannelKeys.Backend
        : ChannelKeys.None;

    /// <summary>A key's text, without allocating for the keys xl knows.</summary>
    public static string KeyText(ReadOnlySpan<byte> bytes) => KnownKey(bytes) switch
    {
        ChannelKeys.Name => "name",
        ChannelKeys.Connection => "connection",
        ChannelKeys.Path => "path",
        ChannelKeys.Backend => "backend",
        _ => ByteText.Decode(bytes),
    };

    /// <summary>A value's text, without allocating for the two connection types.</summary>
    public static string ValueText(ReadOnlySpan<byte> bytes) =>
        ChannelConnectionName.Parse(bytes) is var connection and not ChannelConnection.Unknown ? ChannelConnectionName.Of(connection) : ByteText.Decode(bytes);
}
