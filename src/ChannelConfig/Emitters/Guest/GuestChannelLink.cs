namespace ChannelConfig.Emitters.Guest;

/// <summary>What the guest-side helper does for one channel's console.</summary>
/// <param name="ConsoleDevid">The console number N: xenstore <c>device/console/N</c>, <c>/dev/hvcN</c> in a Linux guest.</param>
/// <param name="Name">The channel name, or null.</param>
/// <param name="Linked">True when <c>LINKDIR/NAME</c> is made to point at <c>/dev/hvcN</c>.</param>
/// <param name="Reason">Why there is no link, when <paramref name="Linked"/> is false; null otherwise.</param>
internal sealed record GuestChannelLink(int ConsoleDevid, string? Name, bool Linked, string? Reason);
