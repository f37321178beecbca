using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Configuration;
using ChannelConfig.Rules;
using ChannelConfig.Syntax;

namespace ChannelConfig;

/// <summary>Everything known about one file: the configuration, its channels, and all diagnostics.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Config">The configuration as xl reads it.</param>
/// <param name="Channels">What xl and libxl do with its channels.</param>
/// <param name="Diagnostics">Every diagnostic reported (reader, channels, validation, suppressions), ordered by position, after the rule configuration and the file's inline suppressions.</param>
public sealed record LintResult(XlConfig Config, ChannelAnalysis Channels, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The configuration as xl reads it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public XlConfig Config
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Config));
    } = Config ?? throw new ArgumentNullException(nameof(Config));

    /// <summary>What xl and libxl do with its channels.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ChannelAnalysis Channels
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Channels));
    } = Channels ?? throw new ArgumentNullException(nameof(Channels));

    /// <summary>Every diagnostic reported (reader, channels, validation, suppressions), ordered by position, after the rule configuration and the file's inline suppressions.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Diagnostics));
    } = Diagnostics ?? throw new ArgumentNullException(nameof(Diagnostics));

    /// <summary>The findings that the file's <c># xlchan: disable</c> comments silenced (not counted, not in <see cref="Diagnostics"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<SuppressedDiagnostic> Suppressed
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Suppressed));
    } = [];

    /// <summary>xl's verdict over the whole run.</summary>
    public XlVerdict Verdict => Channels.Verdict;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
