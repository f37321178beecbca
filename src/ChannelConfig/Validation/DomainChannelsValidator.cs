using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using FluentValidation;
using FluentValidation.Results;

namespace ChannelConfig.Validation;

/// <summary>
/// The rules across one domain's channels: two channels with the same name (the guest cannot tell
/// them apart) or the same socket path (QEMU unlinks the first one's socket).
/// </summary>
public sealed class DomainChannelsValidator : AbstractValidator<DomainChannels>
{
    /// <summary>Creates the validator.</summary>
    public DomainChannelsValidator()
    {
        RuleFor(d => d.Channels).Custom((channels, context) =>
        {
            ReportDuplicates(
                channels.Where(c => !string.IsNullOrEmpty(c.Name)),
                c => c.Name!,
                StringComparer.Ordinal,
                DiagnosticCatalog.DuplicateChannelName,
                (c, first) => $"channel name `{c.Name}` is also used by the channel on line {first.Span.Start.Line}: the guest cannot tell them apart; give each channel its own name",
                c => c.NameField?.ValueSpan ?? c.Span,
                context);

            ReportDuplicates(
                channels.Where(c => c.Connection == ChannelConnection.Socket && !string.IsNullOrEmpty(c.Path)),
                c => NormalisePath(c.Path!),
                StringComparer.Ordinal,
                DiagnosticCatalog.DuplicateSocketPath,
                (c, first) => $"socket path `{c.Path}` is also used by the channel on line {first.Span.Start.Line}: QEMU removes the first socket when it creates the second; give each channel its own path",
                c => c.PathField?.ValueSpan ?? c.Span,
                context);
        });
    }

    private static void ReportDuplicates(
        IEnumerable<DeviceChannel> channels,
        Func<DeviceChannel, string> key,
        StringComparer comparer,
        DiagnosticDescriptor descriptor,
        Func<DeviceChannel, DeviceChannel, string> message,
        Func<DeviceChannel, Text.SourceSpan> span,
        ValidationContext<DomainChannels> context)
    {
        var first = new Dictionary<string, DeviceChannel>(comparer);
        foreach (var channel in channels)
        {
            if (!first.TryAdd(key(channel), channel))
            {
                context.AddFailure(new ValidationFailure("Channels", message(channel, first[key(channel)]))
                {
                    ErrorCode = descriptor.Id,
                    Severity = Severity.Error,
                    CustomState = new FailureState(span(channel)),
                });
            }
        }
    }

    /// <summary>Collapses repeated slashes and <c>/./</c>, so spellings of one file compare equal.</summary>
    private static string NormalisePath(string path)
    {
        string previous;
        do
        {
            previous = path;
            path = path.Replace("//", "/", StringComparison.Ordinal).Replace("/./", "/", StringComparison.Ordinal);
        }
        while (path != previous);
        return path;
    }
}
