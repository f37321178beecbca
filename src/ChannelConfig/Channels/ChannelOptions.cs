namespace ChannelConfig.Channels;

/// <summary>How to evaluate a configuration's channels: which Xen, which running domains, which guest.</summary>
internal sealed record ChannelOptions
{
    /// <summary>The default options: newest Xen, only <c>Domain-0</c>, guest domid 1.</summary>
    public static ChannelOptions Default { get; } = new();

    /// <summary>The Xen release whose behaviour to reproduce.</summary>
    public XenVersion Version { get; init; } = XenVersion.Newest;

    /// <summary>The running domains that <c>backend=</c> names resolve against.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DomainTable Domains
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Domains));
    } = DomainTable.Default;

    /// <summary>The guest's domain id (used in xenstore paths and libxl's messages).</summary>
    public uint GuestDomid { get; init; } = 1;

    /// <summary>
    /// The most diagnostics the channel analysis, and then the validation, each record (then one
    /// XLC0031 says the rest are not listed), as <c>XlReaderOptions.MaxDiagnostics</c> does for the reader.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int MaxDiagnostics
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxDiagnostics));
            field = value;
        }
    } = 1000;
}
