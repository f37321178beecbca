using System.Collections.Concurrent;

namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// Setting names shared by every read in the process (<c>memory</c>, <c>channel</c>, …), so that
/// linting many files does not allocate the same names again and again. Bounded; thread-safe.
/// </summary>
internal static class NamePool
{
    private const int Capacity = 4096;
    private const int MaxLength = 64;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; keep our own (approximate) count.
    private static int _count;

    /// <summary>The pooled string for a name, adding it while the pool has room.</summary>
    /// <param name="name">The name's characters.</param>
    /// <returns>The string.</returns>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (Lookup.TryGetValue(name, out string? pooled))
        {
            return pooled;
        }

        string text = new(name);
        if (name.Length <= MaxLength && Volatile.Read(ref _count) < Capacity && Names.TryAdd(text, text))
        {
            Interlocked.Increment(ref _count);
        }

        return text;
    }
}
