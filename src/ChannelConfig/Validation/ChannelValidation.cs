using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Validation;

/// <summary>Runs the channel validators over an analysis: every channel that could be read, and the domain as a whole.</summary>
internal static class ChannelValidation
{
    // Made on first use, so that a file without channels never loads FluentValidation (its first
    // use costs tens of milliseconds of start-up). Both are stateless: a second one made by a race is harmless.
    private static DeviceChannelValidator? _channelValidator;
    private static DomainChannelsValidator? _domainValidator;

    private static DeviceChannelValidator ChannelValidator => _channelValidator ?? LazyInitializer.EnsureInitialized(ref _channelValidator, static () => new DeviceChannelValidator());

    private static DomainChannelsValidator DomainValidator => _domainValidator ?? LazyInitializer.EnsureInitialized(ref _domainValidator, static () => new DomainChannelsValidator());

    /// <summary>Validates the channels of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The findings, in channel order.</returns>
    public static IReadOnlyList<Diagnostic> Validate(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var diagnostics = new DiagnosticBag(analysis.Options.MaxDiagnostics);
        var channels = analysis.ReadChannels;
        for (int i = 0; i < channels.Count; i++)
        {
            var channel = channels[i];
            string? libxl = channel.Index == analysis.LibxlFailedIndex && analysis.LibxlLog.Length > 0
                ? analysis.LibxlLog.TrimEnd('\n').Split('\n')[^1]
                : null;
            ValidationDiagnostics.AddTo(ChannelValidator.Validate(new ChannelValidationContext(channel, analysis.Options, libxl)), diagnostics);
        }

        if (channels.Count >= 2)
        {
            ValidationDiagnostics.AddTo(DomainValidator.Validate(new DomainChannels(channels, analysis.Options)), diagnostics);
        }

        return diagnostics.Count == 0 ? [] : diagnostics.Items;
    }
}
