using System.Buffers;
using System.Runtime.CompilerServices;

namespace ChannelConfig.Syntax;

/// <summary>
/// A growable array of records while a file is read; <see cref="Seal"/> then leaves the records
/// in an array at most about twice their size (exactly their size when the working array came
/// from the pool).
/// </summary>
/// <remarks>
/// A small working array (a typical file's) is allocated and usually kept as it is. A larger one,
/// up to <see cref="MaxPooledBytes"/>, is rented from the shared pool and returned when reading
/// ends (as <c>System.Text.Json</c> does with its buffers), so guessing the size high and growing
/// cost nothing lasting (a 10 MB file's largest is about 4 MB). A still larger one, for a file of
/// a million settings, is allocated, and kept unless it is more than twice the records: so the
/// pool never keeps more than some tens of megabytes for the process after a huge file. Arrays
/// are not zeroed: records are written before they are read.
/// </remarks>
/// <typeparam name="T">The record type (no references).</typeparam>
internal struct RecordBuffer<T>
    where T : unmanaged
{
    /// <summary>Up to this many records, a working array is allocated, not rented.</summary>
    private const int SmallLength = 256;

    /// <summary>The largest working array rented from the pool, in bytes.</summary>
    private const int MaxPooledBytes = 16 << 20;

    private T[] _items;
    private bool _rented;

    /// <summary>Creates a buffer with room for at least <paramref name="capacity"/> records.</summary>
    public RecordBuffer(int capacity) => _items = Acquire(Math.Max(capacity, 16), out _rented);

    /// <summary>How many records were written.</summary>
    public int Count { get; private set; }

    /// <summary>A record, to read or update.</summary>
    public readonly ref T this[int index] => ref _items[index];

    /// <summary>Appends a record.</summary>
    /// <returns>Its index.</returns>
    public int Add(in T item)
    {
        if (Count == _items.Length)
        {
            var larger = Acquire(_items.Length * 2, out bool rented);
            Array.Copy(_items, larger, Count);
            Release();
            (_items, _rented) = (larger, rented);
        }

        _items[Count] = item;
        return Count++;
    }

    /// <summary>Forgets the records from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = count;

    /// <summary>Leaves the records in an array of their size, returning a rented one to the pool.</summary>
    public void Seal()
    {
        if (!_rented && _items.Length <= (2 * Count) + 16)
        {
            return;
        }

        var exact = GC.AllocateUninitializedArray<T>(Count);
        Array.Copy(_items, exact, Count);
        Release();
        _items = exact;
    }

    private static T[] Acquire(int length, out bool rented)
    {
        rented = length > SmallLength && (long)length * Unsafe.SizeOf<T>() <= MaxPooledBytes;
        return rented ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);
    }

    private void Release()
    {
        if (_rented)
        {
            ArrayPool<T>.Shared.Return(_items);
            _rented = false;
        }
    }
}
