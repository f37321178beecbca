using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>The result of storing one setting.</summary>
internal enum StoreOutcome
{
    /// <summary>Stored; the name had no value before.</summary>
    New,

    /// <summary>An <c>=</c> replaced an earlier value.</summary>
    Replaced,

    /// <summary>A <c>+=</c> was combined with the earlier value.</summary>
    Appended,

    /// <summary>A <c>+=</c> with no earlier value: stored as it is.</summary>
    AppendedToNothing,

    /// <summary>A <c>+=</c> mixed a list and a string: not applied.</summary>
    TypeMismatch,
}

/// <summary>
/// libxlu's <c>xlu__cfg_set_store</c>: keeps the value xl sees for each name. The last assignment
/// wins; <c>+=</c> concatenates strings (C <c>asprintf("%s%s")</c>) or appends list items.
/// </summary>
internal sealed class XlSettingStore
{
    private readonly Dictionary<string, XlEffectiveSetting> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The effective value of each name, in order of first assignment.</summary>
    public IReadOnlyList<XlEffectiveSetting> Effective()
    {
        var result = new XlEffectiveSetting[_order.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = _byName[_order[i]];
        }

        return result;
    }

    /// <summary>Looks up the current value of a name.</summary>
    public bool TryGet(string name, out XlEffectiveSetting effective) => _byName.TryGetValue(name, out effective!);

    /// <summary>Stores a setting.</summary>
    /// <param name="setting">The setting as written.</param>
    /// <param name="previous">The value the name had before, if any.</param>
    /// <returns>What happened.</returns>
    public StoreOutcome Store(XlSetting setting, out XlEffectiveSetting? previous)
    {
        if (!_byName.TryGetValue(setting.Name, out previous))
        {
            _order.Add(setting.Name);
            _byName[setting.Name] = new XlEffectiveSetting(setting.Name, setting.Value, setting, setting);
            return setting.Operator == AssignmentOperator.Append ? StoreOutcome.AppendedToNothing : StoreOutcome.New;
        }

        if (setting.Operator == AssignmentOperator.Assign)
        {
            _byName[setting.Name] = new XlEffectiveSetting(setting.Name, setting.Value, setting, previous.FirstSetting);
            return StoreOutcome.Replaced;
        }

        XlValue? combined = Combine(previous.Value, setting.Value);
        if (combined is null)
        {
            return StoreOutcome.TypeMismatch;
        }

        _byName[setting.Name] = new XlEffectiveSetting(setting.Name, combined, setting, previous.FirstSetting);
        return StoreOutcome.Appended;
    }

    /// <summary><c>xlu__cfg_concat_vals</c>: the combined value keeps the location of the added value.</summary>
    private static XlValue? Combine(XlValue previous, XlValue added)
    {
        switch (previous, added)
        {
            case (XlString a, XlString b):
            {
                // asprintf("%s%s"): each part ends at its first NUL byte.
                var left = CString(a.Bytes.Span);
                var right = CString(b.Bytes.Span);
                var bytes = new byte[left.Length + right.Length];
                left.CopyTo(bytes);
                right.CopyTo(bytes.AsSpan(left.Length));
                return new XlString(bytes, b.Span, b.XlLine, XlStringForm.Concatenated);
            }

            case (XlList a, XlList b):
            {
                var items = new List<XlValue>(a.Items.Count + b.Items.Count);
                items.AddRange(a.Items);
                items.AddRange(b.Items);
                return new XlList(items, b.Span, b.XlLine);
            }

            default:
                return null;
        }
    }

    private static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        return nul < 0 ? bytes : bytes[..nul];
    }
}
