using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Rules;

namespace ChannelConfig;

/// <summary>
/// How <see cref="XlLinter"/> reads and checks a file: the Xen release whose xl and libxl are
/// followed, the running domains a channel's <c>backend=</c> may name, the guest's domid, which
/// rules report, and the reader's limits.
/// </summary>
/// <remarks>An immutable record: one instance may serve any number of lints on any threads.</remarks>
public sealed record LintOptions
{
    /// <summary>The defaults: the newest Xen release, only <c>Domain-0</c>, guest domid 1, every rule at its default.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>The Xen release whose xl and libxl are followed (<see cref="XenVersion.Newest"/> by default).</summary>
    public XenVersion Xen { get; init; } = XenVersion.Newest;

    /// <summary>
    /// The running domains, name to domid, that a channel's <c>backend=</c> may name
    /// (<c>libxl_name_to_domid</c>); <c>Domain-0</c> = 0 is added unless given. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<string, uint> Domains
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Domains));
    } = new Dictionary<string, uint>();

    /// <summary>The domid the guest is created with, which xenstore paths and permissions name (1 by default).</summary>
    public uint GuestDomid { get; init; } = 1;

    /// <summary>
    /// Which rules report and at what severity (<see cref="RuleConfiguration.Default"/>: every
    /// rule at its default). The file's own <c># xlchan: disable</c> comments always apply.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RuleConfiguration Rules
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Rules));
    } = RuleConfiguration.Default;

    /// <summary>
    /// How deeply lists may nest before the reader stops keeping their values (they are still
    /// checked as xl checks them). Default 64; values are clamped to 1 to 256.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = Math.Clamp(value, 1, XlReaderOptions.MaxDepthLimit);
    } = XlReaderOptions.Default.MaxDepth;

    /// <summary>How many diagnostics the reader and the channel analysis each report at most (1,000 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int MaxDiagnostics
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxDiagnostics));
            field = value;
        }
    } = XlReaderOptions.Default.MaxDiagnostics;

    /// <summary>The channel analysis's share of these options.</summary>
    internal ChannelOptions ToChannelOptions() => new()
    {
        Version = Xen,
        Domains = Domains.Count == 0 ? DomainTable.Default : new DomainTable(Domains),
        GuestDomid = GuestDomid,
        MaxDiagnostics = MaxDiagnostics,
    };

    /// <summary>The reader's share of these options.</summary>
    internal XlReaderOptions ToReaderOptions() =>
        MaxDepth == XlReaderOptions.Default.MaxDepth && MaxDiagnostics == XlReaderOptions.Default.MaxDiagnostics
            ? XlReaderOptions.Default
            : new() { MaxDepth = MaxDepth, MaxDiagnostics = MaxDiagnostics };
}
