using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Rules;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig;

/// <summary>The whole pipeline for one file: read, analyse the channels, validate.</summary>
/// <remarks>Stateless and thread-safe: files may be linted in parallel.</remarks>
public static class XlLinter
{
    /// <summary>Reads a file as xl does, without analysing its channels.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">The reader's limits, or null for the defaults.</param>
    /// <returns>The configuration; reading never throws on any content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static XlConfig Read(SourceText source, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return XlConfigReader.Read(source, (options ?? LintOptions.Default).ToReaderOptions());
    }

    /// <summary>What xl and libxl do with a configuration's channels.</summary>
    /// <param name="config">The configuration, as <see cref="Read"/> gives it.</param>
    /// <param name="options">The Xen release, domains and guest domid, or null for the defaults.</param>
    /// <returns>The channels, xl's verdict and the diagnostics of the analysis (not validated: <see cref="Lint(SourceText, LintOptions?)"/> validates).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public static ChannelAnalysis Analyze(XlConfig config, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ChannelAnalyzer.Analyze(config, (options ?? LintOptions.Default).ToChannelOptions());
    }

    /// <summary>Lints a file: reads it as xl does, analyses its channels and validates them.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">The Xen release, domains, guest domid, rules and limits, or null for the defaults.</param>
    /// <returns>The result; linting never throws on any content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static LintResult Lint(SourceText source, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= LintOptions.Default;
        return Lint(source, options.ToChannelOptions(), options.ToReaderOptions(), options.Rules);
    }

    /// <summary>Lints the bytes of a file.</summary>
    /// <param name="bytes">The file's bytes, as they are on disk (xl reads bytes, not text).</param>
    /// <param name="name">The name diagnostics give the file (a path, usually).</param>
    /// <param name="options">The Xen release, domains, guest domid, rules and limits, or null for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static LintResult LintBytes(ReadOnlyMemory<byte> bytes, string name, LintOptions? options = null) =>
        Lint(new SourceText(name ?? throw new ArgumentNullException(nameof(name)), bytes), options);

    /// <summary>Lints a configuration held as a string (written to the file as UTF-8).</summary>
    /// <param name="text">The configuration's text.</param>
    /// <param name="name">The name diagnostics give the file.</param>
    /// <param name="options">The Xen release, domains, guest domid, rules and limits, or null for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public static LintResult LintText(string text, string name = "xl.cfg", LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        return Lint(SourceText.FromString(name, text), options);
    }

    /// <summary>Reads a file from disk and lints it.</summary>
    /// <param name="path">The file's path, which diagnostics name it by.</param>
    /// <param name="options">The Xen release, domains, guest domid, rules and limits, or null for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, unreadable): the exceptions of <see cref="File.ReadAllBytes(string)"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LintResult LintFile(string path, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Lint(new SourceText(path, File.ReadAllBytes(path)), options);
    }

    /// <summary>Lints a file with the channel analysis's and the reader's own options (the command line's profiles build these).</summary>
    /// <param name="source">The file.</param>
    /// <param name="channelOptions">Xen version, domains and guest domid, or null for the defaults.</param>
    /// <param name="readerOptions">Reader options, or null for the defaults.</param>
    /// <param name="rules">Which rules to report and at what severity, or null for every rule at its default. The file's own <c># xlchan: disable</c> comments always apply.</param>
    /// <returns>The result.</returns>
    internal static LintResult Lint(SourceText source, ChannelOptions? channelOptions, XlReaderOptions? readerOptions = null, RuleConfiguration? rules = null)
    {
        var config = XlConfigReader.Read(source, readerOptions);
        var channels = ChannelAnalyzer.Analyze(config, channelOptions);
        var validation = ChannelValidation.Validate(channels);
        Diagnostic[] all = [.. config.Diagnostics, .. channels.Diagnostics, .. validation];
        DiagnosticOrder.SortByPosition(all);
        var (reported, suppressed) = FindingFilter.Apply(source, all, channels.Verdict, rules ?? RuleConfiguration.Default);
        return new LintResult(config, channels, reported) { Suppressed = suppressed };
    }
}
