namespace ChannelConfig.Emitters.Xenstore;

/// <summary>
/// The keys libxl writes below a console's directories, as a byte: a node keeps its directory
/// and one of these, so a node is 32 bytes and its path is joined only when asked for.
/// </summary>
internal enum XenstoreKey : byte
{
    /// <summary>The directory itself (the node's path is its directory).</summary>
    None,
    Backend,
    BackendId,
    Connection,
    Frontend,
    FrontendId,
    Limit,
    Name,
    Online,
    Output,
    Path,
    Protocol,
    State,
    Tty,
    Type,
}

/// <summary>The text of each <see cref="XenstoreKey"/>.</summary>
internal static class XenstoreKeys
{
    private static readonly string[] Texts =
    [
        string.Empty, "/backend", "/backend-id", "/connection", "/frontend", "/frontend-id", "/limit",
        "/name", "/online", "/output", "/path", "/protocol", "/state", "/tty", "/type",
    ];

    /// <summary>The key as it ends a path (<c>/name</c>), or the empty string for <see cref="XenstoreKey.None"/>.</summary>
    public static string Text(XenstoreKey key) => Texts[(int)key];
}
