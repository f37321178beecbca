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
            return ChannelAnalysis.Stopped(config, options, read.Channels, read.Stop == XlStop.Crash, xl.ToText(), diagnostics.ToSortedArray());
        }

        var channels = read.Channels;
        var setup = LibxlChannelSetup.Run(channels, read.XlCount, options);
        if (setup.ConsoleCount > 0 && !LibxlChannelSetup.ConsoleOf(channels[0], 0, options.Version).Added)
        {
            diagnostics.Add(DiagnosticCatalog.FirstChannelLostAt(channels[0].Span, options.Version.ToString(), setup.Log.Split('\n')[0]));
        }

        return ChannelAnalysis.SetUp(config, options, setup, channels, xl.ToText(), diagnostics.ToSortedArray());
    }

    /// <summary>Every channel item that could be read, in order; the first <paramref name="XlCount"/> are those xl read, and <paramref name="Stop"/> how its reading ended.</summary>
    private sealed record ReadResult(DeviceChannel[] Channels, int XlCount, XlStop Stop);

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
            return new([], 0, XlStop.None);
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
            return new([], 0, XlStop.None);
        }

        var items = list.Value!.List.Items;
        var origin = new ChannelItemSource(config.Source, items, options.Version);
        var xlReader = new ChannelSpecReader(options.Version, xl, diagnostics);
        var all = new DeviceChannel[items.Count];
        int count = 0;
        int xlCount = 0;
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
                all[count++] = channel;
                if (xlReading && itemStop == XlStop.None)
                {
                    xlCount++;
                }
            }

            if (xlReading && itemStop != XlStop.None)
            {
                stop = itemStop;
                xlReading = false;
            }
        }

        if (count < all.Length)
        {
            Array.Resize(ref all, count);
        }

        return new(all, xlCount, stop);
    }

    private static Diagnostic WithoutXl(Diagnostic d) =>
        d.XlMessage is null ? d : new Diagnostic(d.Descriptor, d.Span, d.Message, null, d.Severity, d.Fix);
}
