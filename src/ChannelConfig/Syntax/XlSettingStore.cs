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
    /// <param name="previousKind">The kind of value the name had before, if any.</param>
    /// <param name="previousLast">The last assignment of the name before this one, if any.</param>
    /// <returns>What happened.</returns>
    public StoreOutcome Store(XlSetting setting, out XlValueKind? previousKind, out XlSetting? previousLast)
    {
        ref Entry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, setting.Name, out bool exists);
        if (!exists)
        {
            entry = new Entry(setting, _byName.Count - 1);
            (previousKind, previousLast) = (null, null);
            return setting.Operator == AssignmentOperator.Append ? StoreOutcome.AppendedToNothing : StoreOutcome.New;
        }

        (previousKind, previousLast) = (entry.Kind, entry.Last);
        if (setting.Operator == AssignmentOperator.Assign)
        {
            entry.Assign(setting);
            return StoreOutcome.Replaced;
        }

        if (entry.Kind != setting.Value.Kind)
        {
            return StoreOutcome.TypeMismatch;
        }

        entry.Append(setting);
        return StoreOutcome.Appended;
    }

    /// <summary>Builds the combined values of <c>+=</c> chains; called once, when parsing is over.</summary>
    public void Complete()
    {
        foreach (string name in _byName.Keys)
        {
            CollectionsMarshal.GetValueRefOrNullRef(_byName, name).Complete();
        }
    }

    /// <summary>
    /// One name's state, held in the dictionary itself (no object per name). A <c>+=</c> chain
    /// (<c>xlu__cfg_concat_vals</c>) collects its parts and builds the combined value once in
    /// <see cref="Complete"/>, instead of copying the whole value at every step as libxlu does:
    /// the result is the same, the cost linear. The combined value keeps the location of the
    /// last part, as in libxlu.
    /// </summary>
    private struct Entry(XlSetting first, int order)
    {
        public readonly int Order = order;
        public readonly XlSetting First = first;
        public XlSetting Last = first;
        private XlValue _value = first.Value;
        private List<XlValue>? _items;
        private List<ReadOnlyMemory<byte>>? _parts;

        public readonly XlValueKind Kind => _value.Kind;

        public void Assign(XlSetting setting)
        {
            Last = setting;
            _value = setting.Value;
            (_items, _parts) = (null, null);
        }

        public void Append(XlSetting setting)
        {
            var added = setting.Value;
            Last = setting;
            if (added is XlList list)
            {
                _items ??= [.. ((XlList)_value).Items];
                _items.AddRange(list.Items);
            }
            else
            {
                // asprintf("%s%s"): each part ends at its first NUL byte.
                _parts ??= [CString(((XlString)_value).Bytes)];
                _parts.Add(CString(((XlString)added).Bytes));
            }

            _value = added; // the location of the combined value; its content is built in Complete
        }

        public void Complete()
        {
            if (_items is not null)
            {
                _value = new XlList(_items.ToArray(), _value.Span, _value.XlLine);
            }
            else if (_parts is not null)
            {
                var bytes = new byte[_parts.Sum(p => p.Length)];
                int at = 0;
                foreach (var part in _parts)
                {
                    part.Span.CopyTo(bytes.AsSpan(at));
                    at += part.Length;
                }

                _value = new XlString(bytes, _value.Span, _value.XlLine, XlStringForm.Concatenated);
            }

            (_items, _parts) = (null, null);
        }

        public readonly XlEffectiveSetting Public() => new(First.Name, _value, Last, First);

        private static ReadOnlyMemory<byte> CString(ReadOnlyMemory<byte> bytes)
        {
            int nul = bytes.Span.IndexOf((byte)0);
            return nul < 0 ? bytes : bytes[..nul];
        }
    }
}
