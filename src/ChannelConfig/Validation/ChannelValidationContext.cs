using ChannelConfig.Channels;

namespace ChannelConfig.Validation;

/// <summary>One channel to validate, with the options it is evaluated under.</summary>
/// <remarks>
/// A class with reference equality, not a record: FluentValidation keys its cache of shared
/// <c>When</c> conditions on the instance's hash code, which for a record would hash the channel's
/// whole object graph on every lookup.
/// </remarks>
internal sealed class ChannelValidationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="options">Xen version and known domains.</param>
    /// <param name="libxlMessage">What libxl logged when it failed on this channel, if it did.</param>
    public ChannelValidationContext(DeviceChannel channel, ChannelOptions options, string? libxlMessage = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        Channel = channel;
        Options = options;
        LibxlMessage = libxlMessage;
        Name = channel.Name;
        Path = channel.Path;
        BackendDomname = channel.BackendDomname;
    }

    /// <summary>The channel's name, decoded once for all the rules (a channel read from a file decodes it each time it is asked).</summary>
    public string? Name { get; }

    /// <summary>The channel's socket path, decoded once for all the rules.</summary>
    public string? Path { get; }

    /// <summary>The channel's <c>backend=</c> value, decoded once for all the rules.</summary>
    public string? BackendDomname { get; }

    /// <summary>The channel.</summary>
    public DeviceChannel Channel { get; }

    /// <summary>Xen version and known domains.</summary>
    public ChannelOptions Options { get; }

    /// <summary>What libxl logged when it failed on this channel, if it did.</summary>
    public string? LibxlMessage { get; }

    /// <inheritdoc />
    /// <remarks>The text a record would print (a message's <c>{PropertyValue}</c> placeholder can show it).</remarks>
    public override string ToString() => $"ChannelValidationContext {{ Channel = {Channel}, Options = {Options}, LibxlMessage = {LibxlMessage} }}";
}

/// <summary>All channels of one domain, to validate rules that involve several channels.</summary>
/// <remarks>A class with reference equality, like <see cref="ChannelValidationContext"/>.</remarks>
internal sealed class DomainChannels
{
    /// <summary>Creates the set of a domain's channels.</summary>
    /// <param name="channels">The channels, in order.</param>
    /// <param name="options">Xen version and known domains.</param>
    public DomainChannels(IReadOnlyList<DeviceChannel> channels, ChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(options);
        Channels = channels;
        Options = options;
    }

    /// <summary>The channels, in order.</summary>
    public IReadOnlyList<DeviceChannel> Channels { get; }

    /// <summary>Xen version and known domains.</summary>
    public ChannelOptions Options { get; }

    /// <inheritdoc />
    /// <remarks>The text a record would print.</remarks>
    public override string ToString() => $"DomainChannels {{ Channels = {Channels}, Options = {Options} }}";
}
