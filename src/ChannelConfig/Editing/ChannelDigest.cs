using ChannelConfig.Channels;

namespace ChannelConfig.Editing;

/// <summary>
/// What a channel means (name, connection, socket path, backend), reduced to 128 bits, for
/// comparing the channels before and after an edit without keeping their strings: 16 bytes a
/// channel. Two 64-bit FNV-1a hashes with different bases over the fields, each field preceded by
/// its length (so that no two different models are one byte sequence).
/// </summary>
internal readonly record struct ChannelDigest(ulong High, ulong Low)
{
    private const ulong Prime = 0x100000001b3;

    public static ChannelDigest Of(string? name, ChannelConnection connection, string? path, string? backend)
    {
        ulong a = 0xcbf29ce484222325;
        ulong b = 0x84222325cbf29ce4;
        Add(ref a, ref b, (int)connection);
        Add(ref a, ref b, name);
        Add(ref a, ref b, path);
        Add(ref a, ref b, backend);
        return new ChannelDigest(a, b);
    }

    private static void Add(ref ulong a, ref ulong b, string? text)
    {
        if (text is null)
        {
            Add(ref a, ref b, -1);
            return;
        }

        Add(ref a, ref b, text.Length);
        foreach (char c in text)
        {
            Add(ref a, ref b, c);
        }
    }

    private static void Add(ref ulong a, ref ulong b, int value)
    {
        for (int shift = 0; shift < 32; shift += 8)
        {
            byte octet = (byte)(value >> shift);
            a = (a ^ octet) * Prime;
            b = (b ^ (byte)(octet ^ 0x5a)) * (Prime + 2);
        }
    }
}
