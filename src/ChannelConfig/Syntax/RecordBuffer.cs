using System.Buffers;

namespace ChannelConfig.Syntax;

/// <summary>
/// A growable array of records while a file is read. A large working array is rented from the
/// shared pool (so growing, and guessing the size high, cost nothing lasting), and
/// <see cref="Seal"/> moves the records to an array of their exact size; a small one (a few
/// kilobytes, as for a typical file) is simply allocated and kept.
/// </summary>
/// <typeparam name="T">The record type (no references).</typeparam>
internal struct RecordBuffer<T>
    where T : unmanaged
{
    private T[] _items;
    private bool _rented;

    /// <summary>Creates a buffer with room for about <paramref name="capacity"/> records.</summary>
    public RecordBuffer(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _rented = capacity > SmallCapacity;
        _items = _rented ? ArrayPool<T>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<T>(capacity);
    }

    /// <summary>Up to this many records, the buffer is allocated, not rented.</summary>
    private const int SmallCapacity = 256;

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
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, Count);
            Release();
            _items = larger;
            _rented = true;
        }

        _items[Count] = item;
        return Count++;
    }

    /// <summary>Forgets the records from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = count;

    /// <summary>Replaces the working array by one of exactly <see cref="Count"/> records and returns the working one to the pool.</summary>
    public void Seal()
    {
        if (!_rented)
        {
            return;
        }

        var exact = GC.AllocateUninitializedArray<T>(Count);
        Array.Copy(_items, exact, Count);
        Release();
        _items = exact;
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
