using System.Globalization;

namespace ChannelConfig.Channels;

/// <summary>
/// The running domains libxl would resolve <c>backend=</c> names against
/// (<c>libxl_name_to_domid</c>); by default only <c>Domain-0</c> = 0.
/// </summary>
internal sealed class DomainTable
{
    private readonly Dictionary<string, uint> _byName;

    /// <summary>Creates a table.</summary>
    /// <param name="domains">Domain names and ids; <c>Domain-0</c> = 0 is added unless given.</param>
    public DomainTable(IEnumerable<KeyValuePair<string, uint>>? domains = null)
    {
        _byName = new Dictionary<string, uint>(StringComparer.Ordinal) { ["Domain-0"] = 0 };
        foreach (var (name, id) in domains ?? [])
        {
            _byName[name] = id;
        }
    }

    /// <summary>A table with only <c>Domain-0</c>.</summary>
    public static DomainTable Default { get; } = new();

    /// <summary>The known domains.</summary>
    public IReadOnlyDictionary<string, uint> Domains => _byName;

    /// <summary>Looks a domain up by its exact name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="domid">Its id.</param>
    /// <returns>True when the domain is known.</returns>
    public bool TryGetDomid(string name, out uint domid) => _byName.TryGetValue(name, out domid);

    /// <summary>
    /// Reads one running domain written <c>NAME=ID</c> (xlchan's <c>--domain</c>): the name is
    /// everything before the last <c>=</c> and may not be empty; the id is decimal digits only,
    /// no sign or blank, within 32 bits.
    /// </summary>
    /// <param name="text">The text, such as <c>driver-dom=5</c>.</param>
    /// <param name="name">The domain's name.</param>
    /// <param name="domid">Its id.</param>
    /// <returns>True when <paramref name="text"/> is <c>NAME=ID</c>.</returns>
    public static bool TryParse(string text, out string name, out uint domid)
    {
        ArgumentNullException.ThrowIfNull(text);
        int eq = text.LastIndexOf('=');
        if (eq <= 0 || !uint.TryParse(text.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out domid))
        {
            name = string.Empty;
            domid = 0;
            return false;
        }

        name = text[..eq];
        return true;
    }

    /// <summary>
    /// <c>libxl_domain_qualifier_to_domid</c>: a string of digits only (even empty) is a domain
    /// id (<c>strtoul</c>, base 10, truncated to 32 bits); anything else is a name.
    /// </summary>
    /// <param name="qualifier">The <c>backend=</c> value.</param>
    /// <param name="domid">The domain id.</param>
    /// <returns>True when resolved; false when the name is unknown (libxl fails with <c>ERROR_INVAL</c>).</returns>
    public bool TryResolve(string qualifier, out uint domid)
    {
        ArgumentNullException.ThrowIfNull(qualifier);
        if (qualifier.All(char.IsAsciiDigit))
        {
            ulong value = 0;
            foreach (char c in qualifier)
            {
                ulong digit = (ulong)(c - '0');
                value = value > (ulong.MaxValue - digit) / 10 ? ulong.MaxValue : (value * 10) + digit;
            }

            domid = unchecked((uint)value);
            return true;
        }

        return TryGetDomid(qualifier, out domid);
    }
}
