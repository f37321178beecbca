namespace ChannelConfig.Channels;

/// <summary>libxl's <c>libxl_channel_connection</c>: where the host end of a channel goes.</summary>
public enum ChannelConnection
{
    /// <summary>Not set (<c>LIBXL_CHANNEL_CONNECTION_UNKNOWN</c>).</summary>
    Unknown = 0,

    /// <summary>A pseudo-terminal on the host (<c>connection=pty</c>).</summary>
    Pty = 1,

    /// <summary>A UNIX socket on the host that QEMU listens on (<c>connection=socket</c>, with <c>path=</c>).</summary>
    Socket = 2,
}
