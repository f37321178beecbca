namespace ChannelConfig.Channels;

/// <summary>
/// The one home for the names of channel connections: <c>pty</c> and <c>socket</c>, as xl.cfg's
/// <c>connection=</c>, libxl's <c>libxl_channel_connection</c> and xenstore's <c>type</c> node
/// spell them (libvirt's <c>unix</c> and libxl JSON's <c>connection.pty</c> are their formats' own).
/// xl compares them exactly (<c>strcmp</c>): <c>PTY</c> is not a connection.
/// </summary>
internal static class ChannelConnectionName
{
    /// <summary>The name of <see cref="ChannelConnection.Pty"/>.</summary>
    public const string Pty = "pty";

    /// <summary>The name of <see cref="ChannelConnection.Socket"/>.</summary>
    public const string Socket = "socket";

    /// <summary>The name of a connection, <c>unknown</c> for <see cref="ChannelConnection.Unknown"/> (libxl's own name for it).</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>Its name.</returns>
    public static string Of(ChannelConnection connection) => connection switch
    {
        ChannelConnection.Pty => Pty,
        ChannelConnection.Socket => Socket,
        _ => "unknown",
    };

    /// <summary>The connection a name stands for, compared exactly as xl does; <see cref="ChannelConnection.Unknown"/> for any other text.</summary>
    /// <param name="name">The name, as UTF-8 bytes.</param>
    /// <returns>The connection.</returns>
    public static ChannelConnection Parse(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("pty"u8) ? ChannelConnection.Pty
        : name.SequenceEqual("socket"u8) ? ChannelConnection.Socket
        : ChannelConnection.Unknown;

    /// <summary>The connection a name stands for, compared exactly as xl does; <see cref="ChannelConnection.Unknown"/> for any other text (null included).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The connection.</returns>
    public static ChannelConnection Parse(string? name) => name switch
    {
        Pty => ChannelConnection.Pty,
        Socket => ChannelConnection.Socket,
        _ => ChannelConnection.Unknown,
    };
}
