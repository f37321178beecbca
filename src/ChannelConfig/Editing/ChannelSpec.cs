using ChannelConfig.Channels;

namespace ChannelConfig.Editing;

/// <summary>A channel to add: what xl needs to know.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Name">The channel's name (the guest finds it by this).</param>
/// <param name="Connection">pty or socket.</param>
/// <param name="Path">The socket path (sockets only).</param>
/// <param name="Backend">The backend domain (name or id), or null for the toolstack domain.</param>
public sealed record ChannelSpec(string Name, ChannelConnection Connection, string? Path = null, string? Backend = null)
{
    /// <summary>The channel's name (the guest finds it by this).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Name
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Name));
    } = Name ?? throw new ArgumentNullException(nameof(Name));
}

/// <summary>Changes to an existing channel; null leaves a field as it is.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Connection">A new connection type.</param>
/// <param name="Path">A new socket path.</param>
/// <param name="Backend">A new backend domain.</param>
/// <param name="Name">A new name.</param>
public sealed record ChannelChanges(ChannelConnection? Connection = null, string? Path = null, string? Backend = null, string? Name = null);
