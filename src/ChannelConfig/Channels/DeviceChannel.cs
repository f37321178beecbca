using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// libxl's <c>libxl_device_channel</c>: one named channel between a backend domain and the guest,
/// with where each field came from in the file.
/// </summary>
/// <remarks>Immutable; libxl's set-up returns changed copies (devid assigned, backend resolved).</remarks>
public sealed record DeviceChannel
{
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
    public IReadOnlyList<ChannelField> Fields { get; init; } = [];

    /// <summary>The field that set <see cref="Name"/> (the last <c>name=</c>), or null.</summary>
    public ChannelField? NameField { get; init; }

    /// <summary>The field that set <see cref="Connection"/>, or null.</summary>
    public ChannelField? ConnectionField { get; init; }

    /// <summary>The last <c>path=</c> field (used for sockets, ignored for ptys), or null.</summary>
    public ChannelField? PathField { get; init; }

    /// <summary>The field that set <see cref="BackendDomname"/>, or null.</summary>
    public ChannelField? BackendField { get; init; }
}
