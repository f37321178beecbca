using System.Runtime.InteropServices;

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
/// It is also the reader's one table of names, so a name that recurs is allocated once.
/// </summary>
/// <remarks>Filled by one parser; afterwards only read (safe to share between threads).</remarks>
internal sealed class XlSettingStore
{
    private readonly Dictionary<string, Entry> _byName;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private XlEffectiveSetting[]? _effective;

    public XlSettingStore(int expectedNames = 16)
    {
        _byName = new Dictionary<string, Entry>(expectedNames, StringComparer.Ordinal);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string for an ASCII name: the stored one when the name was seen before.</summary>
    /// <param name="ascii">The name's bytes (<c>[a-z][._0-9a-z]*</c>).</param>
    /// <returns>The name.</returns>
    public string Intern(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > 256)
        {
            return System.Text.Encoding.ASCII.GetString(ascii);
        }

        Span<char> chars = stackalloc char[ascii.Length];
        for (int i = 0; i < ascii.Length; i++)
        {
            chars[i] = (char)ascii[i];
        }

        return _lookup.TryGetValue(chars, out string? name, out _) ? name : NamePool.Get(chars);
    }

    /// <summary>The effective value of each name, in order of first assignment (built once, when first asked for).</summary>
    public IReadOnlyList<XlEffectiveSetting> Effective()
    {
        if (_effective is { } done)
        {
            return done;
        }

        var result = new XlEffectiveSetting[_byName.Count];
        foreach (var entry in _byName.Values)
        {
            result[entry.Order] = entry.Public();
        }

        _effective = result;
        return result;
    }

    /// <summary>Looks up the current value of a name.</summary>
    public bool TryGet(string name, out XlEffectiveSetting effective)
    {
        if (_effective is { } done && _byName.TryGetValue(name, out var cached))
        {
            effective = done[cached.Order];
            return true;
        }

        if (_byName.TryGetValue(name, out var entry))
        {
            effective = entry.Public();
            return true;
        }

        effective = null!;
        return false;
    }

    /// <summary>Stores a setting.</summary>
    /// <param name="setting">The setting as written.</param>
    /// <param name="previousValue">The value the name had before, if any.</param>
    /// <param name="previousLast">The last assignment of the name before this one, if any.</param>
    /// <returns>What happened.</returns>
    public StoreOutcome Store(XlSetting setting, out XlValue? previousValue, out XlSetting? previousLast)
    {
        ref Entry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, setting.Name, out bool exists);
        if (!exists)
        {
            entry = new Entry(setting, _byName.Count - 1);
            (previousValue, previousLast) = (null, null);
            return setting.Operator == AssignmentOperator.Append ? StoreOutcome.AppendedToNothing : StoreOutcome.New;
        }

        (previousValue, previousLast) = (entry.Value, entry.Last);
        if (setting.Operator == AssignmentOperator.Assign)
        {
            entry.Set(setting.Value, setting);
            return StoreOutcome.Replaced;
        }

        XlValue? combined = Combine(entry.Value, setting.Value);
        if (combined is null)
        {
            return StoreOutcome.TypeMismatch;
        }

        entry.Set(combined, setting);
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
                var items = new XlValue[a.Items.Count + b.Items.Count];
                for (int i = 0; i < a.Items.Count; i++)
                {
                    items[i] = a.Items[i];
                }

                for (int i = 0; i < b.Items.Count; i++)
                {
                    items[a.Items.Count + i] = b.Items[i];
                }

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

    /// <summary>One name's state, held in the dictionary itself (no object per name).</summary>
    private struct Entry(XlSetting first, int order)
    {
        public readonly int Order = order;
        public readonly XlSetting First = first;
        public XlValue Value = first.Value;
        public XlSetting Last = first;

        public void Set(XlValue value, XlSetting last)
        {
            Value = value;
            Last = last;
        }

        public readonly XlEffectiveSetting Public() => new(First.Name, Value, Last, First);
    }
}
