namespace ChannelConfig.Fuzz;

/// <summary>Byte-level mutations: flips, inserts, deletes, repeated runs, splices from other seeds and special bytes.</summary>
internal static class ByteMutator
{
    /// <summary>Bytes and byte strings that mean something to xl's scanner, or to the consumers of our outputs.</summary>
    private static readonly byte[][] Specials =
    [
        [0], [(byte)'\r'], [(byte)'\n'], [0x80], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8],
        [(byte)'"'], [(byte)'\''], [(byte)'\\'], [(byte)'['], [(byte)']'], [(byte)','], [(byte)'='],
        "+="u8.ToArray(), [(byte)';'], [(byte)'#'], [(byte)' '], [(byte)'\t'], [0x0B], [0x0C], [0x1B],
        "\\x"u8.ToArray(), "\\0"u8.ToArray(), "\\012"u8.ToArray(), "\\n"u8.ToArray(), "\\\""u8.ToArray(),
        "$("u8.ToArray(), [(byte)'`'], "]]>"u8.ToArray(), ",,"u8.ToArray(), "=="u8.ToArray(),
    ];

    public static void Mutate(List<byte> data, Random random, IReadOnlyList<byte[]> seeds)
    {
        switch (random.Next(9))
        {
            case 0:
                FlipBit(data, random);
                break;
            case 1:
                SetByte(data, random);
                break;
            case 2:
            case 3:
                data.InsertRange(Position(data, random), Specials[random.Next(Specials.Length)]);
                break;
            case 4:
                DeleteRange(data, random);
                break;
            case 5:
                DuplicateRun(data, random);
                break;
            case 6:
                Splice(data, random, seeds);
                break;
            case 7:
                RepeatSpecial(data, random);
                break;
            default:
                Truncate(data, random);
                break;
        }
    }

    private static int Position(List<byte> data, Random random) => random.Next(data.Count + 1);

    private static void FlipBit(List<byte> data, Random random)
    {
        if (data.Count > 0)
        {
            int i = random.Next(data.Count);
            data[i] ^= (byte)(1 << random.Next(8));
        }
    }

    private static void SetByte(List<byte> data, Random random)
    {
        if (data.Count > 0)
        {
            data[random.Next(data.Count)] = (byte)random.Next(256);
        }
    }

    private static void DeleteRange(List<byte> data, Random random)
    {
        if (data.Count > 0)
        {
            int start = random.Next(data.Count);
            int length = 1 + random.Next(Math.Min(64, data.Count - start));
            data.RemoveRange(start, length);
        }
    }

    /// <summary>Copies a run of up to 32 bytes and inserts it 1 to 64 times.</summary>
    private static void DuplicateRun(List<byte> data, Random random)
    {
        if (data.Count == 0)
        {
            return;
        }

        int start = random.Next(data.Count);
        int length = 1 + random.Next(Math.Min(32, data.Count - start));
        var run = data.GetRange(start, length);
        int times = 1 + random.Next(random.Next(2) == 0 ? 2 : 64);
        int at = Position(data, random);
        for (int i = 0; i < times; i++)
        {
            data.InsertRange(at, run);
        }
    }

    private static void Splice(List<byte> data, Random random, IReadOnlyList<byte[]> seeds)
    {
        var other = seeds[random.Next(seeds.Count)];
        if (other.Length == 0)
        {
            return;
        }

        int start = random.Next(other.Length);
        int length = 1 + random.Next(Math.Min(256, other.Length - start));
        int at = Position(data, random);
        if (random.Next(2) == 0 && at < data.Count)
        {
            data.RemoveRange(at, Math.Min(length, data.Count - at));
        }

        data.InsertRange(at, other.AsSpan(start, length).ToArray());
    }

    /// <summary>Many copies of one special byte string in a row (long runs of brackets, NULs, escapes).</summary>
    private static void RepeatSpecial(List<byte> data, Random random)
    {
        var special = Specials[random.Next(Specials.Length)];
        int times = 2 + random.Next(512);
        int at = Position(data, random);
        var run = new byte[special.Length * times];
        for (int i = 0; i < times; i++)
        {
            special.CopyTo(run, i * special.Length);
        }

        data.InsertRange(at, run);
    }

    private static void Truncate(List<byte> data, Random random)
    {
        int keep = random.Next(data.Count + 1);
        data.RemoveRange(keep, data.Count - keep);
    }
}
