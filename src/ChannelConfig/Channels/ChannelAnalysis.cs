using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Channels;

/// <summary>
/// What xl and libxl do with a configuration's channels: the channels as xl reads them and as
/// libxl sets them up, xl's verdict over the whole run, the exact text they print, and our
/// diagnostics (xl's own errors, and the problems validation finds that Xen misses).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class ChannelAnalysis
{
    private readonly int _consoleCount;
    private readonly DeferredText _xlOutput;
    private IReadOnlyList<DeviceChannel>? _xlChannels;
    private IReadOnlyList<ChannelConsole>? _consoles;

    private ChannelAnalysis(
        XlConfig config,
        ChannelOptions options,
        DeviceChannel[] readChannels,
        int setUpCount,
        int consoleCount,
        int libxlFailedIndex,
        XlVerdict verdict,
        int? xlExitCode,
        string? xlSignal,
        DeferredText xlOutput,
        int libxlRc,
        string libxlLog,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Config = config;
        Options = options;
        Channels = setUpCount == readChannels.Length ? readChannels : new ArraySegment<DeviceChannel>(readChannels, 0, setUpCount);
        _consoleCount = consoleCount;
        ReadChannels = readChannels;
        LibxlFailedIndex = libxlFailedIndex;
        Verdict = verdict;
        XlExitCode = xlExitCode;
        XlSignal = xlSignal;
        _xlOutput = xlOutput;
        LibxlRc = libxlRc;
        LibxlLog = libxlLog;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// xl stopped while reading the file, before the channels: the reader's verdict, exit 1 or
    /// abort(); no channels, and libxl never runs.
    /// </summary>
    internal static ChannelAnalysis FileRejected(XlConfig config, ChannelOptions options, DeferredText xlOutput)
    {
        bool crashed = config.Verdict == XlVerdict.Crash;
        return new ChannelAnalysis(config, options, [], 0, 0, -1, config.Verdict,
            crashed ? null : 1, crashed ? "Aborted" : null, xlOutput, 0, string.Empty, []);
    }

    /// <summary>
    /// xl stopped on a channel item: it exits 1 or dies of a segmentation fault, and libxl never
    /// runs; <paramref name="readChannels"/> are every item that could still be read.
    /// </summary>
    internal static ChannelAnalysis Stopped(
        XlConfig config, ChannelOptions options, DeviceChannel[] readChannels, bool crashed, DeferredText xlOutput, IReadOnlyList<Diagnostic> diagnostics) =>
        new(config, options, readChannels, 0, 0, -1,
            crashed ? XlVerdict.Crash : XlVerdict.Rejected,
            crashed ? null : 1, crashed ? "Segmentation fault" : null,
            xlOutput, 0, string.Empty, diagnostics);

    /// <summary>
    /// xl read the channels and libxl ran its set-up: accepted when it returned 0, else rejected
    /// (exit 1). <paramref name="readChannels"/> holds libxl's channels first, then the items
    /// only we read (after a nested list, where xl stops reading).
    /// </summary>
    internal static ChannelAnalysis SetUp(
        XlConfig config, ChannelOptions options, LibxlSetupResult setup, DeviceChannel[] readChannels, DeferredText xlOutput, IReadOnlyList<Diagnostic> diagnostics) =>
        new(config, options, readChannels, setup.Count, setup.ConsoleCount,
            setup.FailedIndex,
            setup.Rc == 0 ? XlVerdict.Accepted : XlVerdict.Rejected,
            setup.Rc == 0 ? 0 : 1, null,
            xlOutput, setup.Rc, setup.Log, diagnostics);

    /// <summary>The configuration the channels come from.</summary>
    public XlConfig Config { get; }

    /// <summary>The options used (Xen version, domains, guest domid).</summary>
    internal ChannelOptions Options { get; }

    /// <summary>The channels as xl built them, before libxl (devid -1, or the index on older Xen); empty when xl stopped.</summary>
    /// <remarks>Made on first use from <see cref="Channels"/>: libxl changes only the devid and the backend's id.</remarks>
    public IReadOnlyList<DeviceChannel> XlChannels =>
        _xlChannels ?? LazyInitializer.EnsureInitialized(ref _xlChannels, () => Channels.Select(c => ChannelSpecReader.AsXlBuiltIt(c, Options.Version)).ToArray());

    /// <summary>The channels as libxl holds them after its set-up (devids assigned, backends resolved); empty when xl stopped before.</summary>
    public IReadOnlyList<DeviceChannel> Channels { get; }

    /// <summary>The consoles libxl made for the channels, in order; fewer than the channels when libxl failed.</summary>
    /// <remarks>Made on first use from <see cref="Channels"/>.</remarks>
    internal IReadOnlyList<ChannelConsole> Consoles =>
        _consoles ?? LazyInitializer.EnsureInitialized(ref _consoles, () =>
        {
            var consoles = new ChannelConsole[_consoleCount];
            for (int i = 0; i < consoles.Length; i++)
            {
                consoles[i] = LibxlChannelSetup.ConsoleOf(Channels[i], i, Options.Version);
            }

            return consoles;
        });

    /// <summary>
    /// Every channel item that could be read, in order: those libxl set up, then the ones after the
    /// point where xl stopped (which xl never reads, but which validation still checks).
    /// </summary>
    public IReadOnlyList<DeviceChannel> ReadChannels { get; }

    /// <summary>The index of the channel libxl's set-up failed on, or -1.</summary>
    public int LibxlFailedIndex { get; }

    /// <summary>xl's verdict over the whole run: reading the file, the channels, and libxl's set-up.</summary>
    public XlVerdict Verdict { get; }

    /// <summary>xl's exit status when it exits on its own (0 or 1), or null when it dies on a signal.</summary>
    public int? XlExitCode { get; }

    /// <summary>The signal xl dies on (<c>Aborted</c>, <c>Segmentation fault</c>), or null.</summary>
    public string? XlSignal { get; }

    /// <summary>What xl itself prints (the reader's messages and the channel messages), exactly.</summary>
    public string XlOutput => _xlOutput.ToString();

    /// <summary>libxl's return code for domain creation: 0, or -6 (<c>ERROR_INVAL</c>).</summary>
    public int LibxlRc { get; }

    /// <summary>What libxl logs while setting up the channels.</summary>
    public string LibxlLog { get; }

    /// <summary>Everything printed on standard error: xl's output, then libxl's log.</summary>
    public string Stderr => XlOutput + LibxlLog;

    /// <summary>The problems xl and libxl meet in the channels, ordered by position (the reader's own are in <see cref="XlConfig.Diagnostics"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
