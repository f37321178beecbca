using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Properties;

/// <summary>What a configuration holds, independent of how it is written: settings in order, each a name, an operator and a value tree.</summary>
internal abstract record ModelValue
{
    /// <summary>The model of a value read by the library.</summary>
    public static ModelValue From(XlValue value) => value switch
    {
        XlString s => new ModelString(s.Bytes.ToArray()),
        XlList l => new ModelList([.. l.Items.Select(From)]),
        _ => throw new ArgumentException("unknown value", nameof(value)),
    };
}

/// <summary>A string, as bytes (xl holds bytes; a NUL cannot be written in xl.cfg, so none is generated).</summary>
internal sealed record ModelString(byte[] Bytes) : ModelValue
{
    public bool Equals(ModelString? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode() => Bytes.Length;

    public override string ToString() => Convert.ToHexString(Bytes);
}

/// <summary>A list of values.</summary>
internal sealed record ModelList(IReadOnlyList<ModelValue> Items) : ModelValue
{
    public bool Equals(ModelList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>One assignment.</summary>
internal sealed record ModelSetting(string Name, AssignmentOperator Operator, ModelValue Value)
{
    public static ModelSetting From(XlSetting setting) => new(setting.Name, setting.Operator, ModelValue.From(setting.Value));
}
