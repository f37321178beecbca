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

    internal ChannelAnalysis(
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
