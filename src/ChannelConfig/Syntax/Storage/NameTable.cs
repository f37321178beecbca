using System.Runtime.InteropServices;

namespace ChannelConfig.Syntax.Storage;

/// <summary>Gives a <see cref="NameTable"/> the bytes of the names it holds (it keeps only their indexes).</summary>
internal interface INameKeys
{
    /// <summary>The bytes of a name the table holds.</summary>
    /// <param name="name">The name's index, as the table gave it.</param>
    /// <returns>Its bytes.</returns>
    ReadOnlySpan<byte> NameBytes(int name);
}

/// <summary>
/// A hash table of names keyed by their bytes: a name gets the next index (0, 1, …) when it is
/// added. It keeps no bytes and no strings of its own: its owner keeps each name's bytes where it
/// already has them (in the file) and shows them through <see cref="INameKeys"/>, a struct so the
/// comparison is compiled in, not called through an interface.
/// </summary>
/// <remarks>
/// The table is open-addressed (linear probing, at most 5/8 full) and each 4-byte slot holds a
/// name's index and, in the bits the index does not need, a tag from its hash, so a name met for
/// the first time (in a generated file, every name) is found absent by reading one cache line the
/// caller prefetched (<see cref="Prefetch"/>), without visiting the names near its slot. Slots
/// live in a <see cref="SlotArray"/>, out of the large object heap.
/// </remarks>
internal struct NameTable
{
    private SlotArray _slots;
    private int _indexBits;
    private int _count;

    /// <summary>Creates an empty table.</summary>
    /// <param name="expected">A first guess of the number of names (the table grows as needed).</param>
    public NameTable(int expected) => NewSlots(expected);

    /// <summary>How many names the table holds.</summary>
    public readonly int Count => _count;

    /// <summary>A name's hash, to give to the other methods.</summary>
    /// <param name="bytes">The name's bytes.</param>
    /// <returns>The hash.</returns>
    public static int Hash(ReadOnlySpan<byte> bytes)
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
    /// Asks the processor to fetch the first slot of a name the caller is about to look up: in a
    /// large file the table does not fit in the core's cache, and waiting for it was most of the
    /// cost of storing a setting.
    /// </summary>
    /// <param name="hash">The name's hash.</param>
    public readonly void Prefetch(int hash) => StorageIntrinsics.Prefetch(ref _slots[SlotOf(hash)]);

    /// <summary>Looks up a name.</summary>
    /// <typeparam name="TKeys">How the table reads back the names it holds.</typeparam>
    /// <param name="bytes">The name's bytes.</param>
    /// <param name="hash">Its hash (<see cref="Hash"/>).</param>
    /// <param name="keys">The bytes of the names the table holds.</param>
    /// <returns>The name's index, or -1 when the table does not hold it.</returns>
    public readonly int IndexOf<TKeys>(ReadOnlySpan<byte> bytes, int hash, TKeys keys)
        where TKeys : struct, INameKeys
    {
        int slot = Find(bytes, hash, keys);
        return _slots[slot] == 0 ? -1 : IndexAt(slot);
    }

    /// <summary>Looks up a name and adds it, with the next index, when it is absent.</summary>
    /// <typeparam name="TKeys">How the table reads back the names it holds.</typeparam>
    /// <param name="bytes">The name's bytes.</param>
    /// <param name="hash">Its hash (<see cref="Hash"/>).</param>
    /// <param name="keys">The bytes of the names the table holds (the new name's are not asked for).</param>
    /// <param name="exists">Whether the table held the name already.</param>
    /// <returns>The name's index.</returns>
    public int GetOrAdd<TKeys>(ReadOnlySpan<byte> bytes, int hash, TKeys keys, out bool exists)
        where TKeys : struct, INameKeys
    {
        int slot = Find(bytes, hash, keys);
        if (_slots[slot] != 0)
        {
            exists = true;
            return IndexAt(slot);
        }

        exists = false;
        if (_count >= (_slots.Length >> 3) * 5)
        {
            Grow(keys);
            slot = Find(bytes, hash, keys);
        }

        _slots[slot] = Tag(hash) | (uint)++_count;
        return _count - 1;
    }

    /// <summary>The slot holding the name, or else the free slot where it would go.</summary>
    private readonly int Find<TKeys>(ReadOnlySpan<byte> bytes, int hash, TKeys keys)
        where TKeys : struct, INameKeys
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

            if ((slot & tagMask) == tag && keys.NameBytes((int)(slot & ~tagMask) - 1).SequenceEqual(bytes))
            {
                return i;
            }
        }
    }

    /// <summary>The index of the name in a slot that is not empty.</summary>
    private readonly int IndexAt(int slot) => (int)(_slots[slot] & ~(uint.MaxValue << _indexBits)) - 1;

    /// <summary>A hash's tag: its low bits, above the bits of an index (the slot's place comes from its high bits).</summary>
    private readonly uint Tag(int hash) => (uint)hash << _indexBits;

    /// <summary>
    /// A name's first slot: its hash times 2^32/φ (Fibonacci hashing spreads runs of similar
    /// names over all 32 bits), scaled to the table's length (any length, so the table is as full
    /// for a large file as for a small one).
    /// </summary>
    private readonly int SlotOf(int hash) => (int)(((ulong)((uint)hash * 0x9E3779B9u) * (uint)_slots.Length) >> 32);

    /// <summary>Moves the names to a table twice their number (their tags change with the index's width, so their hashes are computed again).</summary>
    private void Grow<TKeys>(TKeys keys)
        where TKeys : struct, INameKeys
    {
        NewSlots(2 * _count);
        for (int name = 0; name < _count; name++)
        {
            var bytes = keys.NameBytes(name);
            int hash = Hash(bytes);
            _slots[Find(bytes, hash, keys)] = Tag(hash) | (uint)(name + 1); // Names are distinct: Find gives a free slot.
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
}
