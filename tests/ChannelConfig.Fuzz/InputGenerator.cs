namespace ChannelConfig.Fuzz;

/// <summary>
/// Makes input number <c>i</c> of a run from the run's seed alone: a seed file with one to eight
/// stacked byte-, token- or channel-item-level mutations. Any input can be made again from
/// (seed, i), whatever the number of threads. Half the inputs start from a seed that xl accepts
/// with channels, so that many reach the channel code and the emitters.
/// </summary>
internal sealed class InputGenerator
{
    /// <summary>Inputs are cut to this size, so one input never takes long for a linear reader.</summary>
    public const int MaxInputBytes = 64 * 1024;

    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly IReadOnlyList<byte[]> _acceptedWithChannels;
    private readonly int _runSeed;

    public InputGenerator(IReadOnlyList<byte[]> seeds, int runSeed)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("there are no seed files", nameof(seeds));
        }

        _seeds = seeds;
        _runSeed = runSeed;
        _acceptedWithChannels = [.. seeds.Where(AcceptedWithChannels)];
        if (_acceptedWithChannels.Count == 0)
        {
            _acceptedWithChannels = seeds;
        }
    }

    public byte[] Generate(long index)
    {
        var random = new Random(Mix(_runSeed, index));
        var pool = random.Next(2) == 0 ? _seeds : _acceptedWithChannels;
        var data = new List<byte>(pool[random.Next(pool.Count)]);
        int mutations = 1 + random.Next(random.Next(4) == 0 ? 8 : 3);
        for (int i = 0; i < mutations; i++)
        {
            switch (random.Next(3))
            {
                case 0:
                    ByteMutator.Mutate(data, random, _seeds);
                    break;
                case 1:
                    TokenMutator.Mutate(data, random, _seeds);
                    break;
                default:
                    ChannelItemMutator.Mutate(data, random);
                    break;
            }

            if (data.Count > MaxInputBytes)
            {
                data.RemoveRange(MaxInputBytes, data.Count - MaxInputBytes);
            }
        }

        return [.. data];
    }

    private static bool AcceptedWithChannels(byte[] seed)
    {
        var result = XlLinter.Lint(new Text.SourceText("seed.cfg", seed));
        return result.Verdict == Syntax.XlVerdict.Accepted && result.Channels.Channels.Count > 0;
    }

    /// <summary>SplitMix64 of (seed, index), folded to an int (HashCode.Combine is randomised per process).</summary>
    private static int Mix(int seed, long index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return unchecked((int)z ^ (int)(z >> 32));
    }
}
