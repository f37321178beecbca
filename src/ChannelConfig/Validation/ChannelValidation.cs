using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Validation;

/// <summary>Runs the channel validators over an analysis: every channel that could be read, and the domain as a whole.</summary>
public static class ChannelValidation
{
    private static readonly DeviceChannelValidator ChannelValidator = new();
    private static readonly DomainChannelsValidator DomainValidator = new();

    /// <summary>Validates the channels of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The findings, in channel order.</returns>
    public static IReadOnlyList<Diagnostic> Validate(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var diagnostics = new List<Diagnostic>();
        foreach (var channel in analysis.ReadChannels)
        {
            string? libxl = channel.Index == analysis.LibxlFailedIndex && analysis.LibxlLog.Length > 0
                ? analysis.LibxlLog.TrimEnd('\n').Split('\n')[^1]
                : null;
            diagnostics.AddRange(ValidationDiagnostics.From(ChannelValidator.Validate(new ChannelValidationContext(channel, analysis.Options, libxl))));
        }

        diagnostics.AddRange(ValidationDiagnostics.From(DomainValidator.Validate(new DomainChannels(analysis.ReadChannels, analysis.Options))));
        return diagnostics;
    }
}
