using ChannelConfig.Channels;

namespace ChannelConfig.Validation;

/// <summary>One channel to validate, with the options it is evaluated under.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Options">Xen version and known domains.</param>
/// <param name="LibxlMessage">What libxl logged when it failed on this channel, if it did.</param>
public sealed record ChannelValidationContext(DeviceChannel Channel, ChannelOptions Options, string? LibxlMessage = null);

/// <summary>All channels of one domain, to validate rules that involve several channels.</summary>
/// <param name="Channels">The channels, in order.</param>
/// <param name="Options">Xen version and known domains.</param>
public sealed record DomainChannels(IReadOnlyList<DeviceChannel> Channels, ChannelOptions Options);
