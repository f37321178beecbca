using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// Reads a configuration's <c>channel</c> setting exactly as xl does and runs libxl's set-up; see
/// <see cref="ChannelAnalysis"/>. (Checks beyond Xen's own are the validation stage's.)
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ChannelAnalyzer
{
    /// <summary>Analyses the channels of a configuration.</summary>
    /// <param name="config">The configuration, as read by <see cref="XlConfigReader"/>.</param>
    /// <param name="options">Xen version, domains and guest domid, or null for the defaults.</param>
    /// <returns>The analysis.</returns>
    public static ChannelAnalysis Analyze(XlConfig config, ChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        options ??= ChannelOptions.Default;
        var diagnostics = new DiagnosticBag(options.MaxDiagnostics);
        var xl = new XlOutput(config.XlStderrText);

        if (config.Verdict != XlVerdict.Accepted)
        {
            return ChannelAnalysis.FileRejected(config, options, xl.ToText());
        }

        var read = ReadChannels(config, options, xl, diagnostics);
        if (read.Stop != XlStop.None)
        {
            return ChannelAnalysis.Stopped(config, options, [.. read.AllChannels], read.Stop == XlStop.Crash, xl.ToText(), diagnostics.ToSortedArray());
        }

        var setup = LibxlChannelSetup.Run(read.XlChannels, options);
        if (setup.ConsoleCount > 0 && !LibxlChannelSetup.ConsoleOf(setup.Channels[0], 0, options.Version).Added)
        {
            diagnostics.Add(DiagnosticCatalog.FirstChannelLostAt(setup.Channels[0].Span, options.Version.ToString(), setup.Log.Split('\n')[0]));
        }

        return ChannelAnalysis.SetUp(config, options, setup, Merge(setup.Channels, read.AllChannels), xl.ToText(), diagnostics.ToSortedArray());
    }

    private sealed record ReadResult(IReadOnlyList<DeviceChannel> XlChannels, IReadOnlyList<DeviceChannel> AllChannels, XlStop Stop);

    /// <summary>
    /// xl's loop: <c>while ((buf = xlu_cfg_get_listitem(channels, n)) != NULL)</c>. It stops at
    /// the first item that is not a string, or when an item makes xl exit or crash. We read on
    /// past that point to report every item's problems, without xl's words.
    /// </summary>
    private static ReadResult ReadChannels(XlConfig config, ChannelOptions options, XlOutput xl, DiagnosticBag diagnostics)
    {
        var list = config.Lookups.GetList("channel");
        if (!list.Found)
        {
            return new([], [], XlStop.None);
        }

        if (!list.Ok)
        {
            var warning = list.Diagnostic!;
            xl.Append(warning.XlMessage!, newline: true);
            var value = config.TryGetEffective("channel", out var effective) ? effective.Value : null;
            diagnostics.Add(DiagnosticCatalog.ChannelNotAListAt(
                warning.Span,
                warning.XlMessage,
                value is XlString s && s.Form != XlStringForm.Concatenated
                    ? new DiagnosticFix("put the channel in a list", [
                        new TextEdit(SourceSpan.At(s.Span.Start), "[ "),
                        new TextEdit(SourceSpan.At(s.Span.End), " ]")])
                    : null));
            return new([], [], XlStop.None);
        }

        var items = list.Value!.List.Items;
        var origin = new ChannelItemSource(config.Source, options.Version);
        var xlReader = new ChannelSpecReader(options.Version, xl, diagnostics);
        var xlChannels = new List<DeviceChannel>(items.Count);
        var all = new List<DeviceChannel>(items.Count);
        var stop = XlStop.None;
        bool xlReading = true;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not XlString item)
            {
                if (xlReading)
                {
                    int dropped = items.Count - i;
                    diagnostics.Add(DiagnosticCatalog.ChannelNestedListAt(items[i].Span, dropped));
                    xlReading = false;
                }

                continue;
            }

            // After xl stops, items are still read, without xl's words.
            var found = xlReading ? diagnostics : new DiagnosticBag(options.MaxDiagnostics);
            var reader = xlReading ? xlReader : new ChannelSpecReader(options.Version, new XlOutput(DeferredText.Empty), found);
            var itemStop = reader.Read(origin, item, i, out var channel);
            if (!xlReading)
            {
                foreach (var d in found.Items)
                {
                    if (d.Descriptor != DiagnosticCatalog.TooManyDiagnostics)
                    {
                        diagnostics.Add(WithoutXl(d));
                    }
                }
            }

            if (channel is not null)
            {
                all.Add(channel);
                if (xlReading && itemStop == XlStop.None)
                {
                    xlChannels.Add(channel);
                }
            }

            if (xlReading && itemStop != XlStop.None)
            {
                stop = itemStop;
                xlReading = false;
            }
        }

        return new(xlChannels, all, stop);
    }

    /// <summary>The channels libxl set up, followed by those only we read (after xl stopped).</summary>
    private static DeviceChannel[] Merge(IReadOnlyList<DeviceChannel> setUp, IReadOnlyList<DeviceChannel> all)
    {
        var merged = new DeviceChannel[all.Count];
        for (int i = 0; i < merged.Length; i++)
        {
            merged[i] = i < setUp.Count ? setUp[i] : all[i];
        }

        return merged;
    }

    private static Diagnostic WithoutXl(Diagnostic d) =>
        d.XlMessage is null ? d : new Diagnostic(d.Descriptor, d.Span, d.Message, null, d.Severity, d.Fix);
}
