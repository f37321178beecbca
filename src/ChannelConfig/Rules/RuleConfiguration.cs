using System.Collections.Frozen;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Rules;

/// <summary>
/// Which rules are reported, and at what severity: per-code levels (a configuration file's
/// <c>[rules]</c>), then a selection of code prefixes (<c>--select</c>) and prefixes to ignore
/// (<c>--ignore</c>), which are applied after the levels and so override them.
/// </summary>
/// <remarks>
/// <para>A code is reported when it matches a selected prefix (or nothing is selected), matches no
/// ignored prefix, and its level is not <see cref="RuleLevel.Off"/>. A code whose level is off is
/// reported again only when a selection names it in full. <see cref="DiagnosticCatalog.RejectedWhileSilenced"/>
/// cannot be turned off or made milder: it is what keeps a file xl rejects from passing.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleConfiguration
{
    private readonly FrozenDictionary<string, RuleLevel> _levels;
    private readonly string[] _select;
    private readonly string[] _ignore;

    /// <summary>Creates a configuration.</summary>
    /// <param name="levels">Levels by full code (such as <c>XLC0121</c>); codes not named keep their default severity.</param>
    /// <param name="select">Code prefixes to report (such as <c>XLC01</c>); empty or null for every rule.</param>
    /// <param name="ignore">Code prefixes not to report.</param>
    /// <exception cref="ArgumentException">A code or prefix matches no rule, or a level is given for a rule that cannot be configured.</exception>
    public RuleConfiguration(IEnumerable<KeyValuePair<string, RuleLevel>>? levels = null, IEnumerable<string>? select = null, IEnumerable<string>? ignore = null)
    {
        var byCode = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var (code, level) in levels ?? [])
        {
            ArgumentNullException.ThrowIfNull(code);
            if (!Enum.IsDefined(level))
            {
                throw new ArgumentOutOfRangeException(nameof(levels), level, $"{code}: not a rule level");
            }

            string? problem = CheckCode(code);
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(levels));
            }

            byCode[code.ToUpperInvariant()] = level;
        }

        _levels = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _select = Prefixes(select, nameof(select));
        _ignore = Prefixes(ignore, nameof(ignore));
    }

    /// <summary>Every rule at its default severity, and nothing selected or ignored.</summary>
    public static RuleConfiguration Default { get; } = new();

    /// <summary>True when this configuration changes nothing.</summary>
    public bool IsDefault => _levels.Count == 0 && _select.Length == 0 && _ignore.Length == 0;

    /// <summary>The severity a rule's findings are reported at, or null when the rule is not reported.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="severity">The severity the finding was made with.</param>
    /// <returns>The severity to report, or null.</returns>
    public DiagnosticSeverity? Effective(DiagnosticDescriptor rule, DiagnosticSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!IsConfigurable(rule.Id))
        {
            return severity;
        }

        bool named = _levels.TryGetValue(rule.Id, out var level);
        if (_select.Length > 0 && !_select.Any(p => rule.Id.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        if (_ignore.Any(p => rule.Id.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        if (!named)
        {
            return severity;
        }

        return level switch
        {
            RuleLevel.Off => Array.IndexOf(_select, rule.Id) >= 0 ? severity : null,
            RuleLevel.Info => DiagnosticSeverity.Info,
            RuleLevel.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Error,
        };
    }

    /// <summary>True when the rule's findings are reported at all (at its default severity or another).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>False when the rule is turned off, not selected, or ignored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public bool IsEnabled(DiagnosticDescriptor rule) =>
        Effective(rule ?? throw new ArgumentNullException(nameof(rule)), rule.DefaultSeverity) is not null;

    /// <summary>Parses a level: <c>off</c>, <c>info</c>, <c>warning</c> or <c>error</c> (lower case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="level">The level.</param>
    /// <returns>True when the text is a level.</returns>
    public static bool TryParseLevel(string? text, out RuleLevel level)
    {
        (bool ok, level) = text switch
        {
            "off" => (true, RuleLevel.Off),
            "info" => (true, RuleLevel.Info),
            "warning" => (true, RuleLevel.Warning),
            "error" => (true, RuleLevel.Error),
            _ => (false, RuleLevel.Off),
        };
        return ok;
    }

    /// <summary>
    /// Checks a full code for a level: null when it names a configurable rule, otherwise what is
    /// wrong (with the closest code when one is near).
    /// </summary>
    /// <param name="code">The code as written.</param>
    /// <returns>A message, or null.</returns>
    public static string? CheckCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!DiagnosticCatalog.TryFind(code, out var rule))
        {
            return $"`{code}` is not a diagnostic code{Suggestion(code)}; `xlchan explain --list` lists them";
        }

        return IsConfigurable(rule.Id) ? null : $"{rule.Id} cannot be configured: it keeps a file that xl rejects from passing";
    }

    /// <summary>Checks a code prefix for <c>--select</c> or <c>--ignore</c>: null when some rule starts with it, otherwise what is wrong.</summary>
    /// <param name="prefix">The prefix as written (case-insensitive).</param>
    /// <returns>A message, or null.</returns>
    public static string? CheckPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string upper = prefix.ToUpperInvariant();
        if (upper.Length >= 3 && DiagnosticCatalog.All.Any(r => r.Id.StartsWith(upper, StringComparison.Ordinal)))
        {
            return null;
        }

        return $"`{prefix}` is not a diagnostic code or the start of one{Suggestion(prefix)}; write a code such as XLC0121, or a prefix such as XLC01";
    }

    /// <summary>True for every rule but the ones that guard the verdict.</summary>
    internal static bool IsConfigurable(string code) => code != DiagnosticCatalog.RejectedWhileSilenced.Id;

    /// <summary><c> (did you mean XLC0121?)</c> for a code within two edits of one, or nothing.</summary>
    internal static string Suggestion(string code) =>
        EditDistance.Closest(code, DiagnosticCatalog.All.Select(r => r.Id)) is { } near ? $" (did you mean {near}?)" : string.Empty;

    private static string[] Prefixes(IEnumerable<string>? prefixes, string parameter)
    {
        var list = new List<string>();
        foreach (string prefix in prefixes ?? [])
        {
            ArgumentNullException.ThrowIfNull(prefix, parameter);
            if (CheckPrefix(prefix) is { } problem)
            {
                throw new ArgumentException(problem, parameter);
            }

            list.Add(prefix.ToUpperInvariant());
        }

        return [.. list];
    }
}
