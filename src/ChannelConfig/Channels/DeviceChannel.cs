using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// libxl's <c>libxl_device_channel</c>: one named channel between a backend domain and the guest,
/// with where each field came from in the file.
/// </summary>
/// <remarks>
/// Immutable; libxl's set-up returns changed copies (devid assigned, backend resolved). A channel
/// read from a file keeps where its item is rather than its fields or the item itself:
/// <see cref="Fields"/> reads them again from the file, exactly as xl split them, when first asked
/// for (safe from any thread); <see cref="Name"/>, <see cref="Path"/> and
/// <see cref="BackendDomname"/> are decoded from the item's bytes, and <see cref="Span"/> is made
/// from the item, each time they are asked for (read them once into a local when used often). Two
/// channels are equal when every property is, their fields compared item by item.
/// </remarks>
public sealed record DeviceChannel
{
    private IReadOnlyList<ChannelField>? _fields;

    // The values given as text (a channel made by hand, or changed with `with`), and for a channel
    // read from a file where its values lie in the item's bytes, decoded each time they are asked
    // for, and where the item is in the list (which makes it when asked: its span is the item's).
    // A file of a million channels keeps no strings, no spans and no item objects.
    private Given? _given;
    private ItemSlice _backendAt;
    private ItemSlice _nameAt;
    private ItemSlice _pathAt;
    private int _itemIndex;

    // Where the item's bytes start in the file when they are the file's own (no escapes to
    // decode), so a value is read straight from the file; -1 when the item must be made.
    private int _itemBytesAt = -1;

    /// <summary>The backend domain's id (0, the toolstack domain, unless <c>backend=</c> says otherwise).</summary>
    public uint BackendDomid { get; init; }

    /// <summary>The <c>backend=</c> value as written (a domain name or id), or null.</summary>
    public string? BackendDomname
    {
        get => _given?.BackendDomname ?? SliceText(_backendAt);
        init => (_given, _backendAt) = ((_given ?? Given.None) with { BackendDomname = value }, default);
    }

    /// <summary>The device number; -1 until libxl assigns one.</summary>
    public int Devid { get; init; } = -1;

    /// <summary>The channel's name (<c>name=</c>), which the guest uses to find it, or null.</summary>
    public string? Name
    {
        get => _given?.Name ?? SliceText(_nameAt);
        init => (_given, _nameAt) = ((_given ?? Given.None) with { Name = value }, default);
    }

    /// <summary>The connection type.</summary>
    public ChannelConnection Connection { get; init; }

    /// <summary>The socket path for <see cref="ChannelConnection.Socket"/>; null otherwise.</summary>
    public string? Path
    {
        get => _given?.Path ?? SliceText(_pathAt);
        init => (_given, _pathAt) = ((_given ?? Given.None) with { Path = value }, default);
    }

    /// <summary>The position of the item in the <c>channel</c> list (0-based).</summary>
    public int Index { get; init; }

    /// <summary>Where the item is written.</summary>
    public SourceSpan Span
    {
        get => _given?.Span ?? Item?.Span ?? default;
        init => _given = (_given ?? Given.None) with { Span = value };
    }

    /// <summary>Every field of the item, in order (unknown keys and repeats included).</summary>
    internal IReadOnlyList<ChannelField> Fields
    {
        get => _fields ?? ReadFields();
        init
        {
            ArgumentNullException.ThrowIfNull(value);

            // The values' text and the span are kept before the item they come from is let go.
            _given = new Given(BackendDomname, Name, Path, Span);
            (_backendAt, _nameAt, _pathAt) = (default, default, default);
            _fields = value;
            Origin = null;
        }
    }

    /// <summary>The field that set <see cref="Name"/> (the last <c>name=</c>), or null.</summary>
    internal ChannelField? NameField => LastField(ChannelKeys.Name, "name");

    /// <summary>The field that set <see cref="Connection"/> (the last <c>connection=</c>), or null.</summary>
    internal ChannelField? ConnectionField => LastField(ChannelKeys.Connection, "connection");

    /// <summary>The last <c>path=</c> field (used for sockets, ignored for ptys), or null.</summary>
    internal ChannelField? PathField => LastField(ChannelKeys.Path, "path");

    /// <summary>The field that set <see cref="BackendDomname"/> (the last <c>backend=</c>), or null.</summary>
    internal ChannelField? BackendField => LastField(ChannelKeys.Backend, "backend");

    /// <summary>True when the channel has a name (without decoding it).</summary>
    internal bool HasName => _given?.Name is not null || _nameAt != default;

    /// <summary>Where <see cref="BackendDomname"/> lies in <see cref="Item"/>'s bytes (replaces a value given as text).</summary>
    internal ItemSlice BackendAt { init => (_given, _backendAt) = (_given is null ? null : _given with { BackendDomname = null }, value); }

    /// <summary>Where <see cref="Name"/> lies in <see cref="Item"/>'s bytes (replaces a value given as text).</summary>
    internal ItemSlice NameAt { init => (_given, _nameAt) = (_given is null ? null : _given with { Name = null }, value); }

    /// <summary>Where <see cref="Path"/> lies in <see cref="Item"/>'s bytes (replaces a value given as text).</summary>
    internal ItemSlice PathAt { init => (_given, _pathAt) = (_given is null ? null : _given with { Path = null }, value); }

    /// <summary>Where the fields are read from when asked for; null for a channel given its fields.</summary>
    internal ChannelItemSource? Origin { get; init; }

    /// <summary>
    /// The item the fields are read from, made anew from the file each time it is asked for (the
    /// file's list does not keep its items); null for a channel given its fields.
    /// </summary>
    internal XlString? Item => Origin?.ItemAt(_itemIndex);

    /// <summary>Where the item is in the list <see cref="Origin"/> reads it from.</summary>
    internal int ItemIndex { init => _itemIndex = value; }

    /// <summary>Where the item's bytes start in the file, when they are the file's own bytes (the item has no escapes); -1 otherwise.</summary>
    internal int ItemBytesAt { init => _itemBytesAt = value; }

    /// <summary>Which keys xl acts on the item has (known without reading the fields again).</summary>
    internal ChannelKeys Keys { get; init; }

    /// <inheritdoc />
    public bool Equals(DeviceChannel? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (BackendDomid == other.BackendDomid
                && Devid == other.Devid
                && Connection == other.Connection
                && Index == other.Index
                && Span == other.Span
                && BackendDomname == other.BackendDomname
                && Name == other.Name
                && Path == other.Path
                && Fields.SequenceEqual(other.Fields)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BackendDomid, BackendDomname, Devid, Name, Connection, Path, Index, Span);

    /// <summary>Values given as text rather than read from the item (null: not given).</summary>
    private sealed record Given(string? BackendDomname, string? Name, string? Path, SourceSpan? Span)
    {
        public static Given None { get; } = new(null, null, null, null);
    }

    private string? SliceText(ItemSlice slice)
    {
        if (slice == default || Origin is not { } origin)
        {
            return null;
        }

        if (_itemBytesAt >= 0)
        {
            return slice.Text(origin.FileBytes.Span[_itemBytesAt..]);
        }

        return origin.ItemBytesAt(_itemIndex) is { } bytes ? slice.Text(bytes.Span) : null;
    }

    private IReadOnlyList<ChannelField> ReadFields()
    {
        IReadOnlyList<ChannelField> fields = Origin is { } origin && Item is { } item ? origin.ReadFields(item) : [];
        return Interlocked.CompareExchange(ref _fields, fields, null) ?? fields;
    }

    private ChannelField? LastField(ChannelKeys key, string name)
    {
        if (Origin is not null && (Keys & key) == 0)
        {
            return null;
        }

        if (_fields is null && Origin is { } origin && Item is { } item)
        {
            return origin.LastField(item, key);
        }

        var fields = Fields;
        for (int i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Key == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}

/// <summary>
/// Where a field's value lies in a channel item's decoded bytes; <c>default</c> for none (a value
/// follows its key and <c>=</c>, so it never starts at 0).
/// </summary>
/// <param name="Start">The value's first byte.</param>
/// <param name="End">The byte after the value.</param>
internal readonly record struct ItemSlice(int Start, int End)
{
    /// <summary>The value of a field, or none.</summary>
    public static ItemSlice Of(ChannelFieldBounds? field) => field is { } f ? new(f.ValueStart, f.ValueEnd) : default;

    /// <summary>The value's text in the item's bytes, as <see cref="ChannelItemSource.ValueText"/> makes it.</summary>
    public string Text(ReadOnlySpan<byte> item) => ChannelItemSource.ValueText(item[Start..End]);
}

/// <summary>The keys xl acts on, as flags: which of them a channel item has.</summary>
[Flags]
internal enum ChannelKeys : byte
{
    None = 0,
    Name = 1,
    Connection = 2,
    Path = 4,
    Backend = 8,
}
