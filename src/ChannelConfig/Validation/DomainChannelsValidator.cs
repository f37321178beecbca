using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using FluentValidation;
using FluentValidation.Results;

namespace ChannelConfig.Validation;

/// <summary>
/// The rules across one domain's channels: two channels with the same name (the guest cannot tell
/// them apart) or the same socket path (QEMU unlinks the first one's socket).
/// </summary>
internal sealed class DomainChannelsValidator : AbstractValidator<DomainChannels>
{
    /// <summary>Up to this many channels, duplicates are found by comparing each channel with those before it, without a dictionary.</summary>
    private const int PairwiseLimit = 16;

    /// <summary>Creates the validator.</summary>
    public DomainChannelsValidator()
    {
        RuleFor(d => d.Channels).Custom((channels, context) =>
        {
            if (channels.Count < 2)
            {
                return;
            }

            ReportDuplicates(
                channels,
                c => string.IsNullOrEmpty(c.Name) ? null : c.Name,
                DiagnosticCatalog.DuplicateChannelName,
                (c, first) => DiagnosticCatalog.DuplicateChannelNameMessage(c.Name, first.Span.Start.Line),
                c => c.NameField?.ValueSpan ?? c.Span,
                context);

            ReportDuplicates(
                channels,
                c => c.Connection == ChannelConnection.Socket && !string.IsNullOrEmpty(c.Path) ? NormalisePath(c.Path) : null,
                DiagnosticCatalog.DuplicateSocketPath,
                (c, first) => DiagnosticCatalog.DuplicateSocketPathMessage(c.Path, first.Span.Start.Line),
                c => c.PathField?.ValueSpan ?? c.Span,
                context);
        });
    }

    /// <summary>Reports each channel whose key (ordinal; null keys take no part) an earlier channel already has, naming the first such channel.</summary>
    private static void ReportDuplicates(
        IReadOnlyList<DeviceChannel> channels,
        Func<DeviceChannel, string?> key,
        DiagnosticDescriptor descriptor,
        Func<DeviceChannel, DeviceChannel, string> message,
        Func<DeviceChannel, Text.SourceSpan> span,
        ValidationContext<DomainChannels> context)
    {
        int count = channels.Count;
        if (count <= PairwiseLimit)
        {
            var keys = new string?[count];
            for (int i = 0; i < count; i++)
            {
                string? k = keys[i] = key(channels[i]);
                if (k is null)
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(keys[j], k, StringComparison.Ordinal))
                    {
                        Report(channels[i], channels[j]);
                        break;
                    }
                }
            }

            return;
        }

        var first = new Dictionary<string, DeviceChannel>(count, StringComparer.Ordinal); // sized once: no copies while it grows
        foreach (var channel in channels)
        {
            string? k = key(channel);
            if (k is not null && !first.TryAdd(k, channel))
            {
                Report(channel, first[k]);
            }
        }

        void Report(DeviceChannel channel, DeviceChannel earliest) =>
            context.AddFailure(new ValidationFailure("Channels", message(channel, earliest))
            {
                ErrorCode = descriptor.Id,
                Severity = Severity.Error,
                CustomState = new FailureState(span(channel)),
            });
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
