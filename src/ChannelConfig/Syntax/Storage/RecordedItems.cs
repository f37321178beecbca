namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// The items of a recorded list (or of a <c>+=</c> chain of lists, one after another), made each
/// time they are asked for and never kept: a list of a million channel items costs its record
/// (or four bytes an item when its items are not all strings), not a million objects.
/// </summary>
/// <remarks>
/// Two requests for the same item give two equal objects, not one; every item is made from the
/// file's bytes alone, so this is safe from any number of threads.
/// </remarks>
internal sealed class RecordedItems : IReadOnlyList<XlValue>
{
    private readonly XlSyntaxTable _table;

    // Consecutive value records from _first (a list whose items are all strings), or each item's record.
    private readonly int _first;
    private readonly int[]? _records;

    private RecordedItems(XlSyntaxTable table, int first, int count, int[]? records)
    {
        _table = table;
        _first = first;
        Count = count;
        _records = records;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public XlValue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _table.ValueAt(RecordOf(index));
        }
    }

    /// <summary>The items of the lists recorded at <paramref name="lists"/>, in order.</summary>
    /// <param name="table">The records.</param>
    /// <param name="lists">The lists' value records.</param>
    /// <returns>The items.</returns>
    public static RecordedItems Of(XlSyntaxTable table, IReadOnlyList<int> lists)
    {
        if (lists.Count == 1 && table.ItemRecords(lists[0], null) is var (first, count, flat) && flat)
        {
            return new RecordedItems(table, first, count, null);
        }

        var records = new List<int>();
        foreach (int list in lists)
        {
            table.ItemRecords(list, records);
        }

        return new RecordedItems(table, 0, records.Count, [.. records]);
    }

    /// <summary>The bytes of item <paramref name="index"/> when it is a string, without making its object; null for a list.</summary>
    /// <param name="index">The item's position.</param>
    /// <returns>The bytes, as <see cref="XlString.Bytes"/> holds them, or null.</returns>
    public ReadOnlyMemory<byte>? StringBytesAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _table.StringBytesAt(RecordOf(index));
    }

    /// <summary>The value record of item <paramref name="index"/>.</summary>
    /// <param name="index">The item's position.</param>
    /// <returns>Its record.</returns>
    public int RecordOf(int index) => _records is null ? _first + index : _records[index];

    /// <inheritdoc />
    public IEnumerator<XlValue> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _table.ValueAt(RecordOf(i));
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
