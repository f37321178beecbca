namespace ChannelConfig.Syntax;

/// <summary>
/// The value xl sees for one name: the last assignment, with every <c>+=</c> after it applied.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. When it comes from a reader, the <see cref="XlSetting"/> objects
/// of the first and last assignments are made when first asked for (a look-up of a value does
/// not pay for them). Two instances are equal when they have the same name, value and settings.
/// </remarks>
public sealed class XlEffectiveSetting : IEquatable<XlEffectiveSetting>
{
    private readonly XlSyntaxTable? _table;
    private readonly int _last;
    private readonly int _first;
    private XlSetting? _lastSetting;
    private XlSetting? _firstSetting;

    /// <summary>Creates an effective setting.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="value">The combined value.</param>
    /// <param name="lastSetting">The last assignment of the name.</param>
    /// <param name="firstSetting">The first assignment of the name.</param>
    public XlEffectiveSetting(string name, XlValue value, XlSetting lastSetting, XlSetting firstSetting)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(lastSetting);
        ArgumentNullException.ThrowIfNull(firstSetting);
        Name = name;
        Value = value;
        _lastSetting = lastSetting;
        _firstSetting = firstSetting;
    }

    internal XlEffectiveSetting(string name, XlValue value, XlSyntaxTable table, int last, int first)
    {
        Name = name;
        Value = value;
        _table = table;
        _last = last;
        _first = first;
    }

    /// <summary>The setting's name.</summary>
    public string Name { get; }

    /// <summary>The combined value.</summary>
    public XlValue Value { get; }

    /// <summary>The last assignment of the name (its line is the one xl's warnings print; its operator decides whether xl reads it as a number).</summary>
    public XlSetting LastSetting => _lastSetting ??= _table!.GetSetting(_last);

    /// <summary>The first assignment of the name.</summary>
    public XlSetting FirstSetting => _firstSetting ??= _table!.GetSetting(_first);

    /// <inheritdoc />
    public bool Equals(XlEffectiveSetting? other) =>
        other is not null && Name == other.Name && ReferenceEquals(Value, other.Value)
        && ReferenceEquals(LastSetting, other.LastSetting) && ReferenceEquals(FirstSetting, other.FirstSetting);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XlEffectiveSetting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value}";
}
