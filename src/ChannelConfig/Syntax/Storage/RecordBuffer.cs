using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// A growable array of records, kept in chunks of at most 64 KB: records are written once, where
/// they stay, and <see cref="Seal"/> only trims the last chunk.
/// </summary>
/// <remarks>
/// <para>Chunks stay below the large object heap's threshold (85,000 bytes) on purpose. A large
/// array is carved from memory the collector may have handed back to the system since its last
/// full collection, and writing it then costs a page fault per 4 KB: measured here, writing a
/// 10 MB file's records into arrays of a megabyte or more took 600 faults per read and about a
/// fifth of the read's time, where small-object memory is reused at once. Large arrays also
/// count towards full (generation 2) collections; chunks count towards cheap generation 0 ones.</para>
/// <para>The first chunk starts at the size asked for and doubles until it is a full chunk, so a
/// typical file's records take one small array; later chunks are full. A record is at index
/// <c>i &gt;&gt; shift</c>, <c>i &amp; mask</c>: one more load than a flat array.</para>
/// </remarks>
/// <typeparam name="T">The record type (no references).</typeparam>
internal struct RecordBuffer<T>
    where T : unmanaged
{
    /// <summary>The largest chunk, in bytes: below the large object heap's 85,000.</summary>
    private const int MaxChunkBytes = 64 << 10;

    /// <summary>log2 of the records per full chunk (initialised before <see cref="ChunkLength"/>, which uses it).</summary>
    private static readonly int ChunkShift = BitOperations.Log2((uint)(MaxChunkBytes / Unsafe.SizeOf<T>()));

    /// <summary>Records per full chunk, a power of two.</summary>
    private static readonly int ChunkLength = 1 << ChunkShift;

    private T[][] _chunks;
    private T[] _last;
    private int _lastBase;

    /// <summary>Creates a buffer with room for at least <paramref name="capacity"/> records in its first chunk.</summary>
    public RecordBuffer(int capacity)
    {
        _last = GC.AllocateUninitializedArray<T>(Math.Clamp(capacity, 16, ChunkLength));
        _chunks = [_last];
        _lastBase = 0;
        Count = 0;
    }

    /// <summary>How many records were written.</summary>
    public int Count { get; private set; }

    /// <summary>A record, to read or update.</summary>
    public readonly ref T this[int index] => ref _chunks[index >> ChunkShift][index & (ChunkLength - 1)];

    /// <summary>Appends a record.</summary>
    /// <returns>Its index.</returns>
    public int Add(in T item)
    {
        int offset = Count - _lastBase;
        if ((uint)offset >= (uint)_last.Length)
        {
            Extend();
            offset = Count - _lastBase;
        }

        _last[offset] = item;
        return Count++;
    }

    /// <summary>Forgets the records from <paramref name="count"/> on (their chunks are reused).</summary>
    public void Truncate(int count)
    {
        if (count >= Count)
        {
            return;
        }

        Count = count;
        int chunk = count >> ChunkShift;
        _last = _chunks[chunk];
        _lastBase = chunk << ChunkShift;
    }

    /// <summary>Ends the writing: the last chunk is cut to the records it holds when it is mostly empty.</summary>
    public void Seal()
    {
        int chunk = _lastBase >> ChunkShift;
        int used = Count - _lastBase;
        if (_last.Length > (2 * used) + 16)
        {
            var exact = GC.AllocateUninitializedArray<T>(used);
            Array.Copy(_last, exact, used);
            _chunks[chunk] = _last = exact;
        }

        for (int i = chunk + 1; i < _chunks.Length; i++)
        {
            _chunks[i] = null!; // Chunks past a truncation are never read.
        }
    }

    /// <summary>Makes room for one more record: the first chunk doubles until full, then a new chunk starts.</summary>
    private void Extend()
    {
        if (_lastBase == 0 && _last.Length < ChunkLength)
        {
            var larger = GC.AllocateUninitializedArray<T>(Math.Min(_last.Length * 2, ChunkLength));
            Array.Copy(_last, larger, Count);
            _chunks[0] = _last = larger;
            return;
        }

        int next = (_lastBase >> ChunkShift) + 1;
        if (next == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        _last = _chunks[next] ??= GC.AllocateUninitializedArray<T>(ChunkLength);
        _lastBase = next << ChunkShift;
    }
}
