using System.Collections;

namespace ChannelConfig.Syntax;

/// <summary>The settings of a file in order, each made from its record when first asked for.</summary>
internal sealed class XlSettingList(XlSyntaxTable table) : IReadOnlyList<XlSetting>
{
    /// <inheritdoc />
    public int Count => table.SettingCount;

    /// <inheritdoc />
    public XlSetting this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, table.SettingCount);
            return table.GetSetting(index);
        }
    }

    /// <inheritdoc />
    public IEnumerator<XlSetting> GetEnumerator()
    {
        for (int i = 0; i < table.SettingCount; i++)
        {
            yield return table.GetSetting(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every setting in order, each made anew and not kept (<see cref="XlSyntaxTable.MakeSettingAnew"/>).</summary>
    /// <returns>The settings.</returns>
    public IEnumerable<XlSetting> MadeAnew()
    {
        for (int i = 0; i < table.SettingCount; i++)
        {
            yield return table.MakeSettingAnew(i);
        }
    }
}
