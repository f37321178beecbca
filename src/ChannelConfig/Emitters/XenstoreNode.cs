using ChannelConfig.Emitters.Xenstore;

namespace ChannelConfig.Emitters;

/// <summary>One xenstore node libxl writes.</summary>
/// <remarks>
/// An immutable value, with equality on the four properties. The emitter makes a node from its
/// directory and key, and <see cref="Path"/> joins them when asked for: emitting a domain's
/// nodes allocates one array, not an object and a string per node. The default value is a node
/// whose path, value and permissions are empty strings (never null).
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public readonly struct XenstoreNode : IEquatable<XenstoreNode>
{
    private readonly string? _directory;
    private readonly XenstoreKey _key;
    private readonly string? _value;
    private readonly string? _permissions;

    /// <summary>Creates a node.</summary>
    /// <param name="path">The node's full path.</param>
    /// <param name="value">Its value (directories hold the empty string).</param>
    /// <param name="permissions">Its permissions in <c>xenstore-ls -p</c> letters.</param>
    /// <param name="explicit">True when libxl sets the permissions; false when the node inherits its parent's.</param>
    public XenstoreNode(string path, string value, string permissions, bool @explicit)
        : this(path, XenstoreKey.None, value, permissions, @explicit)
    {
    }

    internal XenstoreNode(string directory, XenstoreKey key, string value, string permissions, bool @explicit)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(permissions);
        _directory = directory;
        _key = key;
        _value = value;
        _permissions = permissions;
        Explicit = @explicit;
    }

    /// <summary>The node's full path.</summary>
    public string Path => _key == XenstoreKey.None ? _directory ?? string.Empty : string.Concat(_directory, XenstoreKeys.Text(_key));

    /// <summary>Its value (directories hold the empty string).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Its permissions in <c>xenstore-ls -p</c> letters: the owner and what everyone else may do (<c>n1</c>), then extra grants (<c>r0</c>).</summary>
    public string Permissions => _permissions ?? string.Empty;

    /// <summary>True when libxl sets the permissions; false when the node inherits its parent's.</summary>
    public bool Explicit { get; }

    /// <summary>Deconstructs the node.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="value">The value.</param>
    /// <param name="permissions">The permissions.</param>
    /// <param name="explicit">Whether libxl sets the permissions.</param>
    public void Deconstruct(out string path, out string value, out string permissions, out bool @explicit) =>
        (path, value, permissions, @explicit) = (Path, Value, Permissions, Explicit);

    /// <inheritdoc />
    public bool Equals(XenstoreNode other) =>
        Path == other.Path && Value == other.Value && Permissions == other.Permissions && Explicit == other.Explicit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is XenstoreNode other && Equals(other);

    /// <summary>Whether two nodes are equal.</summary>
    public static bool operator ==(XenstoreNode left, XenstoreNode right) => left.Equals(right);

    /// <summary>Whether two nodes differ.</summary>
    public static bool operator !=(XenstoreNode left, XenstoreNode right) => !left.Equals(right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Value, Permissions, Explicit);

    /// <inheritdoc />
    public override string ToString() => $"XenstoreNode {{ Path = {Path}, Value = {Value}, Permissions = {Permissions}, Explicit = {Explicit} }}";
}
