using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// libxl's <c>libxl_device_channel</c>: one named channel between a backend domain and the guest,
/// with where each field came from in the file.
/// </summary>
/// <remarks>
/// Immutable; libxl's set-up returns changed copies (devid assigned, backend resolved). A channel
/// read from a file keeps its item rather than its fields: <see cref="Fields"/> reads them again
/// from the file, exactly as xl split them, when first asked for (safe from any thread). Two
/// channels are equal when every property is, their fields compared item by item.
/// </remarks>
public sealed record DeviceChannel
{
    private IReadOnlyList<ChannelField>? _fields;

    /// <summary>The backend domain's id (0, the toolstack domain, unless <c>backend=</c> says otherwise).</summary>
    public uint BackendDomid { get; init; }

    /// <summary>The <c>backend=</c> value as written (a domain name or id), or null.</summary>
    public string? BackendDomname { get; init; }

    /// <summary>The device number; -1 until libxl assigns one.</summary>
    public int Devid { get; init; } = -1;

    /// <summary>The channel's name (<c>name=</c>), which the guest uses to find it, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The connection type.</summary>
    public ChannelConnection Connection { get; init; }

    /// <summary>The socket path for <see cref="ChannelConnection.Socket"/>; null otherwise.</summary>
    public string? Path { get; init; }

    /// <summary>The position of the item in the <c>channel</c> list (0-based).</summary>
    public int Index { get; init; }

    /// <summary>Where the item is written.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Every field of the item, in order (unknown keys and repeats included).</summary>
    internal IReadOnlyList<ChannelField> Fields
    {
        get => _fields ?? ReadFields();
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _fields = value;
            Origin = null;
            Item = null;
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

    /// <summary>Where the fields are read from when asked for; null for a channel given its fields.</summary>
    internal ChannelItemSource? Origin { get; init; }

    /// <summary>The item the fields are read from; null for a channel given its fields.</summary>
    internal XlString? Item { get; init; }

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
