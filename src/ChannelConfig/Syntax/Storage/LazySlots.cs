namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// Objects made on first use and kept in an array of slots, from any number of threads: the
/// array is made on the first request, and each slot keeps the first object stored in it, so
/// every caller gets the same instance.
/// </summary>
internal static class LazySlots
{
    /// <summary>The object in a slot, made by <paramref name="make"/> when the slot is empty.</summary>
    /// <typeparam name="T">The object type.</typeparam>
    /// <typeparam name="TState">What <paramref name="make"/> needs (pass the owner, with a static lambda, to allocate no closure).</typeparam>
    /// <param name="slots">The slots; null until the first request.</param>
    /// <param name="count">How many slots to make on the first request.</param>
    /// <param name="index">The slot.</param>
    /// <param name="state">The state for <paramref name="make"/>.</param>
    /// <param name="make">Makes the object of a slot.</param>
    /// <returns>The slot's object.</returns>
    public static T Get<T, TState>(ref T?[]? slots, int count, int index, TState state, Func<TState, int, T> make)
        where T : class
    {
        var array = Volatile.Read(ref slots);
        if (array is null)
        {
            array = Interlocked.CompareExchange(ref slots, new T?[count], null) ?? slots!;
        }

        var item = Volatile.Read(ref array[index]);
        if (item is null)
        {
            var made = make(state, index);
            item = Interlocked.CompareExchange(ref array[index], made, null) ?? made;
        }

        return item;
    }
}
