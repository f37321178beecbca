using System.Runtime.InteropServices;
using System.Text;

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
/// It is also the reader's table of names: a hash table keyed by the name's bytes in the file,
/// so reading makes no string per name; a name's string is made (and shared) when first asked
/// for. The table is open-addressed (linear probing, at most 5/8 full) and each 4-byte slot holds
/// a name's index and, in the bits the index does not need, a tag from its hash, so a name met for
/// the first time (in a generated file, every name) is found absent by reading one cache line the
/// parser prefetched, without visiting the names near its slot. A <c>+=</c> chain (<c>xlu__cfg_concat_vals</c>) records its parts and its combined value
/// is built when first asked for, instead of copying the whole value at every step as libxlu
/// does: the result is the same, the cost linear. Filled by one parser; afterwards only read,
/// and safe to share between threads.
/// </remarks>
internal sealed class XlSettingStore
{
    private readonly ReadOnlyMemory<byte> _source;
    private XlSyntaxTable _table = null!;
    private SlotArray _slots;
    private int _indexBits;
    private RecordBuffer<Entry> _entries;
    private int _count;
    private Dictionary<int, List<int>>? _chains;
    private string?[]? _names;
    private XlEffectiveSetting?[]? _effective;
    private XlEffectiveSetting[]? _effectiveList;

    /// <summary>Creates an empty store.</summary>
    /// <param name="source">The file's bytes.</param>
    /// <param name="expected">A first guess of the number of names (the table grows as needed).</param>
    public XlSettingStore(ReadOnlyMemory<byte> source, int expected)
    {
        _source = source;
        NewSlots(expected);
        _entries = new RecordBuffer<Entry>(expected);
    }

    /// <summary>How many distinct names were assigned.</summary>
    public int Count => _count;

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
        int slot = Find(bytes, Hash(bytes));
        System.Diagnostics.Debug.Assert(_slots[slot] != 0, "Every recorded setting's name is in the table.");
        return IndexAt(slot);
    }

    /// <summary>A name's string, made (and shared with other files read by this process) on first use.</summary>
    public string NameOf(int name) =>
        LazySlots.Get(ref _names, _count, name, this, static (store, i) => store.MakeName(i));

    private string MakeName(int name)
    {
        var bytes = NameBytes(name);
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        Encoding.ASCII.GetChars(bytes, chars);
        return NamePool.Get(chars);
    }

    /// <summary>
    /// Hashes a name the parser has just met and asks the CPU to fetch its slot: by the time
    /// the value is parsed and the setting stored, the slot is in cache (in a large file the
    /// table does not fit in the core's cache, and waiting for it was most of the cost of storing).
    /// </summary>
    /// <param name="nameStart">Offset of the name.</param>
    /// <param name="nameLength">Length of the name.</param>
    /// <returns>The name's hash, for <see cref="Store"/>.</returns>
    public unsafe int Prefetch(int nameStart, int nameLength)
    {
        int hash = Hash(_source.Span.Slice(nameStart, nameLength));
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            ref uint slot = ref _slots[SlotOf(hash)];
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref slot));
        }

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
        name = FindOrAdd(nameStart, nameLength, hash, out bool exists);
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

        var all = new XlEffectiveSetting[_count];
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
        int slot = Find(bytes, Hash(bytes));
        if (_slots[slot] == 0)
        {
            return false;
        }

        effective = GetEffective(IndexAt(slot));
        return true;
    }

    private XlEffectiveSetting GetEffective(int index) =>
        LazySlots.Get(ref _effective, _count, index, this, static (store, i) => store.MakeEffective(i));

    private XlEffectiveSetting MakeEffective(int index)
    {
        ref readonly var entry = ref _entries[index];
        var last = _table.GetSettingValue(entry.Last);
        var value = _chains is not null && _chains.TryGetValue(index, out var chain) ? Combine(chain, last) : last;
        return new XlEffectiveSetting(NameOf(index), value, _table, entry.Last, entry.First);
    }

    /// <summary>The combined value of a <c>+=</c> chain; it keeps the location of the last part, as in libxlu.</summary>
    private XlValue Combine(List<int> chain, XlValue last)
    {
        if (last is XlList lastList)
        {
            var items = new List<XlValue>();
            foreach (int setting in chain)
            {
                items.AddRange(((XlList)_table.GetSettingValue(setting)).Items);
            }

            return new XlList(items.ToArray(), lastList.Span, lastList.XlLine);
        }

        // asprintf("%s%s"): each part ends at its first NUL byte.
        var bytes = new List<byte>();
        foreach (int setting in chain)
        {
            var part = ((XlString)_table.GetSettingValue(setting)).Bytes.Span;
            int nul = part.IndexOf((byte)0);
            bytes.AddRange(nul < 0 ? part : part[..nul]);
        }

        return new XlString(bytes.ToArray(), last.Span, last.XlLine, XlStringForm.Concatenated);
    }

    private int FindOrAdd(int nameStart, int nameLength, int hash, out bool exists)
    {
        var bytes = _source.Span.Slice(nameStart, nameLength);
        int slot = Find(bytes, hash);
        if (_slots[slot] != 0)
        {
            exists = true;
            return IndexAt(slot);
        }

        exists = false;
        if (_count >= (_slots.Length >> 3) * 5)
        {
            Grow();
            slot = Find(bytes, hash);
        }

        _entries.Add(default); // The caller records its first setting.
        _slots[slot] = Tag(hash) | (uint)++_count;
        return _count - 1;
    }

    /// <summary>The slot holding the name, or else the free slot where it would go.</summary>
    private int Find(ReadOnlySpan<byte> bytes, int hash)
    {
        var slots = _slots;
        uint tag = Tag(hash);
        uint tagMask = uint.MaxValue << _indexBits;
        for (int i = SlotOf(hash); ; i = i + 1 == slots.Length ? 0 : i + 1)
        {
            uint slot = slots[i];
            if (slot == 0)
            {
                return i;
            }

            if ((slot & tagMask) == tag && NameBytes((int)(slot & ~tagMask) - 1).SequenceEqual(bytes))
            {
                return i;
            }
        }
    }

    /// <summary>The index of the name in a slot that is not empty.</summary>
    private int IndexAt(int slot) => (int)(_slots[slot] & ~(uint.MaxValue << _indexBits)) - 1;

    /// <summary>A hash's tag: its low bits, above the bits of an index (the slot's place comes from its high bits).</summary>
    private uint Tag(int hash) => (uint)hash << _indexBits;

    /// <summary>
    /// A name's first slot: its hash times 2^32/φ (Fibonacci hashing spreads runs of similar
    /// names over all 32 bits), scaled to the table's length (any length, so the table is as full
    /// for a large file as for a small one).
    /// </summary>
    private int SlotOf(int hash) => (int)(((ulong)((uint)hash * 0x9E3779B9u) * (uint)_slots.Length) >> 32);

    /// <summary>Moves the names to a table twice their number (their tags change with the index's width, so their hashes are computed again).</summary>
    private void Grow()
    {
        NewSlots(2 * _count);
        for (int name = 0; name < _count; name++)
        {
            var bytes = NameBytes(name);
            int hash = Hash(bytes);
            _slots[Find(bytes, hash)] = Tag(hash) | (uint)(name + 1); // Names are distinct: Find gives a free slot.
        }
    }

    /// <summary>
    /// An empty table for <paramref name="names"/> names: 8/5 slots per name, so it is at most 5/8
    /// full when the guess holds; an index (plus one) takes as many bits as the table's length.
    /// </summary>
    private void NewSlots(int names)
    {
        _slots = new SlotArray(16 + (int)Math.Min((long)names * 8 / 5, Array.MaxLength / 2));
        _indexBits = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)_slots.Length);
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a over 8-byte words (names are short, ASCII and compared in full on a match).
        ulong hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes)) * 1099511628211UL;
            hash ^= hash >> 29;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * 1099511628211UL;
        hash ^= hash >> 32;
        return (int)hash;
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
