using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Configuration;

/// <summary>
/// A configuration file as xl reads it: every assignment with its position, the value xl sees for
/// each name, our diagnostics, and xl's own verdict and messages.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class XlConfig
{
    private readonly XlSettingStore _store;
    private readonly XlSettingList _settings;
    private readonly DeferredText _report;

    internal XlConfig(
        SourceText source,
        XlSyntaxTable table,
        XlSettingStore store,
        IReadOnlyList<Diagnostic> diagnostics,
        XlVerdict verdict,
        DeferredText xlReport,
        DeferredText xlStderr)
    {
        Source = source;
        _settings = new XlSettingList(table);
        _store = store;
        Diagnostics = diagnostics;
        Verdict = verdict;
        _report = xlReport;
        XlStderrText = xlStderr;
        Lookups = new XlLookups(this);
    }

    /// <summary>The file that was read.</summary>
    public SourceText Source { get; }

    /// <summary>Every assignment that could be read, in file order (also those after an error, which xl would not reach).</summary>
    public IReadOnlyList<XlSetting> Settings => _settings;

    /// <summary>Every assignment in file order, each made anew and not kept (equal to <see cref="Settings"/>' own, not the same objects): for a walk over all of them that must not keep them, as a dump's.</summary>
    internal IEnumerable<XlSetting> SettingsMadeAnew => _settings.MadeAnew();

    /// <summary>Every name and the value xl sees for it, as <see cref="Effective"/>, made anew and not kept.</summary>
    internal IEnumerable<(string Name, XlValue Value)> EffectiveMadeAnew => _store.EffectiveMadeAnew();

    /// <summary>The value of each name as xl sees it (last assignment, <c>+=</c> applied), in order of first assignment.</summary>
    public IReadOnlyList<XlEffectiveSetting> Effective => _store.Effective();

    /// <summary>Every problem found, ordered by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>What xl's reader does with the file.</summary>
    public XlVerdict Verdict { get; }

    /// <summary>What libxlu writes to its report stream while reading the file: its error messages, each ending in a newline.</summary>
    public string XlReport => _report.ToString();

    /// <summary>
    /// What xl prints on standard error while reading the file (libxlu's report and, when the file
    /// is rejected, <c>Failed to parse config: Invalid argument</c>), each line ending in a newline.
    /// </summary>
    public string XlStderr => XlStderrText.ToString();

    /// <summary><see cref="XlStderr"/>, not yet joined into one string.</summary>
    internal DeferredText XlStderrText { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Typed look-ups that behave like libxlu's <c>xlu_cfg_get_*</c>.</summary>
    public XlLookups Lookups { get; }

    /// <summary>Finds the value xl sees for a name.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="effective">The effective setting, when the name is set.</param>
    /// <returns>True when the name is set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetEffective(string name, out XlEffectiveSetting effective)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _store.TryGet(name, out effective);
    }
}
