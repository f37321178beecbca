namespace ChannelConfig.Benchmarks.Inputs;

/// <summary>
/// A small xorshift generator with a fixed algorithm, so the generated configs are the same
/// byte for byte on every machine and .NET release (System.Random makes no such promise).
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    /// <summary>Returns an integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return (int)(_state % (ulong)maxExclusive);
    }

    /// <summary>Returns true with probability 1 / <paramref name="n"/>.</summary>
    public bool OneIn(int n) => Next(n) == 0;

    /// <summary>Picks one of <paramref name="choices"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> choices) => choices[Next(choices.Count)];
}
