using System.Text;
using ChannelConfig.Syntax.Storage;

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
/// <remarks>
/// Names are looked up in a <see cref="NameTable"/> by their bytes in the file, so reading makes
/// no string per name; a name's string is made (and shared) when first asked for. A <c>+=</c>
/// chain (<c>xlu__cfg_concat_vals</c>) records its parts and its combined value
/// is built when first asked for, instead of copying the whole value at every step as libxlu
/// does: the result is the same, the cost linear. Filled by one parser; afterwards only read,
/// and safe to share between threads.
/// </remarks>
internal sealed class XlSettingStore
{
    private readonly ReadOnlyMemory<byte> _source;
    private XlSyntaxTable _table = null!;
    private NameTable _names;
    private RecordBuffer<Entry> _entries;
    private Dictionary<int, List<int>>? _chains;
    private string?[]? _nameStrings;
    private XlEffectiveSetting?[]? _effective;
    private XlEffectiveSetting[]? _effectiveList;

    /// <summary>Creates an empty store.</summary>
    /// <param name="source">The file's bytes.</param>
    /// <param name="expected">A first guess of the number of names (the table grows as needed).</param>
    public XlSettingStore(ReadOnlyMemory<byte> source, int expected)
    {
        _source = source;
        _names = new NameTable(expected);
        _entries = new RecordBuffer<Entry>(expected);
    }

    /// <summary>How many distinct names were assigned.</summary>
    public int Count => _names.Count;

    /// <summary>Ends the reading: the names move to an array of their exact size.</summary>
    public void Seal() => _entries.Seal();

    /// <summary>Connects the store to the records its settings point into (once, before parsing).</summary>
    public void Attach(XlSyntaxTable table) => _table = table;

    /// <summary>A name's bytes in the file, where its first assignment is written.</summary>
    private ReadOnlySpan<byte> NameBytes(int name)
    {
        ref readonly var entry = ref _entries[name];
        var source = _source.Span;
        int start = _table.Setting(entry.First).NameStart;
        return source[start..CharClass.NameEnd(source, start)];
    }

    /// <summary>The index of the name written at <paramref name="nameStart"/> (a name some setting was recorded with).</summary>
    public int NameAt(int nameStart)
    {
        var source = _source.Span;
        var bytes = source[nameStart..CharClass.NameEnd(source, nameStart)];
        int name = _names.IndexOf(bytes, NameTable.Hash(bytes), new Keys(this));
        System.Diagnostics.Debug.Assert(name >= 0, "Every recorded setting's name is in the table.");
        return name;
    }

    /// <summary>A name's string, made (and shared with other files read by this process) on first use.</summary>
    public string NameOf(int name) =>
        LazySlots.Get(ref _nameStrings, Count, name, this, static (store, i) => store.MakeName(i));

    private string MakeName(int name)
    {
        var bytes = NameBytes(name);
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        Encoding.ASCII.GetChars(bytes, chars);
        return NamePool.Get(chars);
    }

    /// <summary>
    /// Hashes a name the parser has just met and has its slot in the name table fetched: by the
    /// time the value is parsed and the setting stored, the slot is in cache.
    /// </summary>
    /// <param name="nameStart">Offset of the name.</param>
    /// <param name="nameLength">Length of the name.</param>
    /// <returns>The name's hash, for <see cref="Store"/>.</returns>
    public int Prefetch(int nameStart, int nameLength)
    {
        int hash = NameTable.Hash(_source.Span.Slice(nameStart, nameLength));
        _names.Prefetch(hash);
        return hash;
    }

    /// <summary>Stores a setting: records it in the table and applies it to its name's value.</summary>
    /// <param name="nameStart">Offset of the name.</param>
    /// <param name="nameLength">Length of the name.</param>
    /// <param name="hash">The name's hash (from <see cref="Prefetch"/>).</param>
    /// <param name="operatorStart">Offset of the operator.</param>
    /// <param name="append">Whether the operator is <c>+=</c>.</param>
    /// <param name="value">The value's record.</param>
    /// <param name="name">The name's index.</param>
    /// <param name="previousLast">The setting that last gave the name its value before this one, or -1.</param>
    /// <returns>What happened.</returns>
    public StoreOutcome Store(int nameStart, int nameLength, int hash, int operatorStart, bool append, int value, out int name, out int previousLast)
    {
        name = _names.GetOrAdd(_source.Span.Slice(nameStart, nameLength), hash, new Keys(this), out bool exists);
        if (!exists)
        {
            _entries.Add(default); // Its first setting is recorded below.
        }

        int setting = _table.AddSetting(nameStart, nameStart + nameLength, operatorStart, value);
        ref var entry = ref _entries[name];
        if (!exists)
        {
            entry.First = entry.Last = setting;
            previousLast = -1;
            return append ? StoreOutcome.AppendedToNothing : StoreOutcome.New;
        }

        previousLast = entry.Last;
        if (!append)
        {
            entry.Last = setting;
            _chains?.Remove(name);
            return StoreOutcome.Replaced;
        }

        if (_table.KindOf(_table.Setting(entry.Last).Value) != _table.KindOf(value))
        {
            return StoreOutcome.TypeMismatch;
        }

        _chains ??= [];
        if (!_chains.TryGetValue(name, out var chain))
        {
            _chains.Add(name, chain = [entry.Last]);
        }

        chain.Add(setting);
        entry.Last = setting;
        return StoreOutcome.Appended;
    }

    /// <summary>The effective value of each name, in order of first assignment (made when first asked for).</summary>
    public IReadOnlyList<XlEffectiveSetting> Effective()
    {
        if (Volatile.Read(ref _effectiveList) is { } done)
        {
            return done;
        }

        var all = new XlEffectiveSetting[Count];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = GetEffective(i);
        }

        return Interlocked.CompareExchange(ref _effectiveList, all, null) ?? all;
    }

    /// <summary>Looks up the current value of a name.</summary>
    public bool TryGet(string name, out XlEffectiveSetting effective)
    {
        effective = null!;
        if (name.Length == 0 || name.Length > 4096 || !Ascii.IsValid(name))
        {
            return false;
        }

        Span<byte> bytes = name.Length <= 256 ? stackalloc byte[name.Length] : new byte[name.Length];
        Encoding.ASCII.GetBytes(name, bytes);
        int index = _names.IndexOf(bytes, NameTable.Hash(bytes), new Keys(this));
        if (index < 0)
        {
            return false;
        }

        effective = GetEffective(index);
        return true;
    }

    private XlEffectiveSetting GetEffective(int index) =>
        LazySlots.Get(ref _effective, Count, index, this, static (store, i) => store.MakeEffective(i));

    private XlEffectiveSetting MakeEffective(int index)
    {
        ref readonly var entry = ref _entries[index];
        return new XlEffectiveSetting(NameOf(index), EffectiveValue(index, _table.GetSettingValue(entry.Last)), _table, entry.Last, entry.First);
    }

    /// <summary>Every name and its effective value, in the order of <see cref="Effective"/>, made anew and not kept: a walk over a file's every value (a dump) keeps nothing.</summary>
    /// <returns>The names and values.</returns>
    public IEnumerable<(string Name, XlValue Value)> EffectiveMadeAnew()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return (MakeName(i), EffectiveValue(i, _table.ValueAt(_table.Setting(_entries[i].Last).Value)));
        }
    }

    /// <summary>A name's effective value: its last assignment's value, or the combination of its <c>+=</c> chain.</summary>
    private XlValue EffectiveValue(int index, XlValue last) =>
        _chains is not null && _chains.TryGetValue(index, out var chain) ? Combine(chain, last) : last;

    /// <summary>The combined value of a <c>+=</c> chain; it keeps the location of the last part, as in libxlu.</summary>
    private XlValue Combine(List<int> chain, XlValue last)
    {
        if (last is XlList lastList)
        {
            // The parts' items one after another, made when asked for: the parts' own list
            // objects are not made (a chain can be a million `channel += [ … ]` lines).
            var lists = chain.ConvertAll(setting => _table.Setting(setting).Value);
            return new XlList(RecordedItems.Of(_table, lists), lastList.Span, lastList.XlLine);
        }

        // asprintf("%s%s"): each part ends at its first NUL byte.
        var bytes = new List<byte>();
        foreach (int setting in chain)
        {
            var part = _table.StringBytesAt(_table.Setting(setting).Value)!.Value.Span;
            int nul = part.IndexOf((byte)0);
            bytes.AddRange(nul < 0 ? part : part[..nul]);
        }

        return new XlString(bytes.ToArray(), last.Span, last.XlLine, XlStringForm.Concatenated);
    }

    /// <summary>The name table's view of the names: each is written where its first assignment starts.</summary>
    private readonly struct Keys(XlSettingStore store) : INameKeys
    {
        public ReadOnlySpan<byte> NameBytes(int name) => store.NameBytes(name);
    }

    /// <summary>
    /// One name: its first and last assignment (8 bytes: the name is written where its first
    /// assignment starts and ends where the lexer's name rule ends, and the few names with a
    /// <c>+=</c> chain keep it aside).
    /// </summary>
    private struct Entry
    {
        public int First;
        public int Last;
    }
}
