using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Validation;

/// <summary>Everything known about one file: the configuration, its channels, and all diagnostics.</summary>
/// <param name="Config">The configuration as xl reads it.</param>
/// <param name="Channels">What xl and libxl do with its channels.</param>
/// <param name="Diagnostics">Every diagnostic (reader, channels, validation), ordered by position.</param>
public sealed record LintResult(XlConfig Config, ChannelAnalysis Channels, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>xl's verdict over the whole run.</summary>
    public XlVerdict Verdict => Channels.Verdict;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The whole pipeline for one file: read, analyse the channels, validate.</summary>
/// <remarks>Stateless and thread-safe: files may be linted in parallel.</remarks>
public static class XlLinter
{
    /// <summary>Lints a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="channelOptions">Xen version, domains and guest domid, or null for the defaults.</param>
    /// <param name="readerOptions">Reader options, or null for the defaults.</param>
    /// <returns>The result.</returns>
    public static LintResult Lint(SourceText source, ChannelOptions? channelOptions = null, XlReaderOptions? readerOptions = null)
    {
        var config = XlConfigReader.Read(source, readerOptions);
        var channels = ChannelAnalyzer.Analyze(config, channelOptions);
        var validation = ChannelValidation.Validate(channels);
        Diagnostic[] all = [.. config.Diagnostics, .. channels.Diagnostics, .. validation];
        var ordered = all.Select((d, i) => (d, i)).OrderBy(x => x.d.Span.Start.Offset).ThenBy(x => x.i).Select(x => x.d).ToArray();
        return new LintResult(config, channels, ordered);
    }
}
