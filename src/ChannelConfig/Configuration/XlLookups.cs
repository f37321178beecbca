using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Configuration;

/// <summary>
/// Typed look-ups that behave exactly like libxlu's <c>xlu_cfg_get_string</c>,
/// <c>xlu_cfg_get_long</c> / <c>xlu_cfg_get_bounded_long</c> and <c>xlu_cfg_get_list</c>: same
/// return codes, same values, and xl's warning text in each diagnostic.
/// </summary>
/// <remarks>Holds no state of its own over an immutable configuration: safe to use from any thread.</remarks>
public sealed class XlLookups
{
    private readonly XlConfig _config;

    internal XlLookups(XlConfig config) => _config = config;

    /// <summary><c>xlu_cfg_get_string</c>: the value of a name that must be a single value.</summary>
    /// <param name="name">The setting's name.</param>
    /// <returns>The string, or why not.</returns>
    public XlLookupResult<string> GetString(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_config.TryGetEffective(name, out var effective))
        {
            return new(XlLookupResult<string>.NotFound, null, null);
        }

        if (effective.Value is not XlString text)
        {
            return new(XlLookupResult<string>.Invalid, null, ListWarning(effective));
        }

        return new(0, CString(text), null);
    }

    /// <summary><c>xlu_cfg_get_long</c>: the value read as a C <c>long</c> (<c>strtol</c>, base 0).</summary>
    /// <param name="name">The setting's name.</param>
    /// <returns>The number, or why not.</returns>
    public XlLookupResult<long> GetLong(string name) => GetBoundedLong(name, long.MinValue, long.MaxValue);

    /// <summary><c>xlu_cfg_get_bounded_long</c>: a number that must lie within bounds.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <returns>The number, or why not.</returns>
    public XlLookupResult<long> GetBoundedLong(string name, long min, long max)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_config.TryGetEffective(name, out var effective))
        {
            return new(XlLookupResult<long>.NotFound, 0, null);
        }

        if (effective.Value is not XlString text)
        {
            return new(XlLookupResult<long>.Invalid, 0, ListWarning(effective));
        }

        var last = effective.LastSetting;
        if (last.Operator == AssignmentOperator.Append)
        {
            return new(XlLookupResult<long>.Invalid, 0, DiagnosticCatalog.AppendToNumberAt(SpanOf(effective), XlWhere(effective), name));
        }

        var bytes = text.Bytes.Span;
        bool inRange = CStrtol.Parse(bytes, out long value, out int end);
        if (!inRange)
        {
            return new(XlLookupResult<long>.OutOfRange, 0, DiagnosticCatalog.NumberOutOfRangeAt(SpanOf(effective), XlWhere(effective), name, PrintableText.Of(text.Value)));
        }

        int cLength = bytes.IndexOf((byte)0) is int nul and >= 0 ? nul : bytes.Length;
        if (end == 0 || end < cLength)
        {
            return new(XlLookupResult<long>.Invalid, 0, DiagnosticCatalog.NotANumberAt(SpanOf(effective), XlWhere(effective), name, PrintableText.Of(text.Value)));
        }

        if (value < min)
        {
            return new(XlLookupResult<long>.Invalid, 0, DiagnosticCatalog.NumberOutOfBoundsAt(SpanOf(effective), XlWhere(effective), name, value, min, belowMinimum: true));
        }

        if (value > max)
        {
            return new(XlLookupResult<long>.Invalid, 0, DiagnosticCatalog.NumberOutOfBoundsAt(SpanOf(effective), XlWhere(effective), name, value, max, belowMinimum: false));
        }

        return new(0, value, null);
    }

    /// <summary><c>xlu_cfg_get_list</c>: the value of a name that must be a list.</summary>
    /// <param name="name">The setting's name.</param>
    /// <returns>The list, or why not.</returns>
    public XlLookupResult<XlListValue> GetList(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_config.TryGetEffective(name, out var effective))
        {
            return new(XlLookupResult<XlListValue>.NotFound, null, null);
        }

        if (effective.Value is not XlList list)
        {
            return new(XlLookupResult<XlListValue>.Invalid, null, DiagnosticCatalog.ValueInsteadOfListAt(SpanOf(effective), XlWhere(effective), name));
        }

        return new(0, new XlListValue(list, new XlListItemStrings(list)), null);
    }

    /// <summary>The value as the C string xl uses (up to its first NUL byte), decoded anew.</summary>
    internal static string CString(XlString text)
    {
        var bytes = text.Bytes.Span;
        int nul = bytes.IndexOf((byte)0);
        return ByteText.Decode(nul < 0 ? bytes : bytes[..nul]);
    }

    private Diagnostic ListWarning(XlEffectiveSetting effective) =>
        DiagnosticCatalog.ListInsteadOfValueAt(SpanOf(effective), XlWhere(effective), effective.Name);

    /// <summary>Where a look-up's diagnostic points: the last assignment's value.</summary>
    private static SourceSpan SpanOf(XlEffectiveSetting effective) => effective.LastSetting.Value.Span;

    /// <summary>The <c>file:line</c> xl's warning starts with.</summary>
    private string XlWhere(XlEffectiveSetting effective) => $"{_config.Source.Name}:{effective.LastSetting.XlLine}";
}
