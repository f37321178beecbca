using System.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>Builders for large inputs: a unit repeated to a size, and lines made from their index.</summary>
internal static class Inputs
{
    /// <summary>Repeats <paramref name="unit"/> (Latin-1, so every char is one byte) as many whole times as fit in <paramref name="length"/> bytes.</summary>
    public static byte[] Repeat(string unit, int length) => Repeat(Encoding.Latin1.GetBytes(unit), length);

    public static byte[] Repeat(byte[] unit, int length)
    {
        var bytes = new byte[length / unit.Length * unit.Length];
        for (int i = 0; i < bytes.Length; i += unit.Length)
        {
            unit.CopyTo(bytes, i);
        }

        return bytes;
    }

    /// <summary>Joins Latin-1 parts and byte arrays.</summary>
    public static byte[] Concat(params object[] parts)
    {
        var output = new List<byte>();
        foreach (var part in parts)
        {
            output.AddRange(part is string text ? Encoding.Latin1.GetBytes(text) : (byte[])part);
        }

        return [.. output];
    }

    /// <summary>Lines made from their index, up to about <paramref name="length"/> bytes.</summary>
    public static byte[] Lines(int length, Func<int, string> line)
    {
        var text = new StringBuilder(length + 100);
        for (int i = 0; text.Length < length; i++)
        {
            text.Append(line(i));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A setting name from a number, letters only.</summary>
    public static string Name(int i)
    {
        var name = new StringBuilder("s");
        do
        {
            name.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return name.ToString();
    }

    /// <summary>Bytes that are never valid UTF-8 (lone continuation bytes, 0xFE, 0xFF), from a fixed seed.</summary>
    public static byte[] InvalidUtf8(int length)
    {
        var random = new Random(8);
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = random.Next(4) == 0 ? (byte)(0xFE + random.Next(2)) : (byte)(0x80 + random.Next(0x40));
        }

        return bytes;
    }

    /// <summary>A line of sixteen words of invalid UTF-8 outside quotes (short lines: on one long line the reader is quadratic, see <c>LinearTimeTests</c>).</summary>
    public static byte[] InvalidUtf8Words() =>
        Concat([.. Enumerable.Range(0, 16).SelectMany(_ => new object[] { InvalidUtf8(15), " " }), "\n"]);

    /// <summary>A channel list of <paramref name="count"/> distinct socket channels.</summary>
    public static byte[] Channels(int count) =>
        Encoding.UTF8.GetBytes("channel = [\n" + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"\"connection=socket,path=/run/xen/a{i}.sock,name=org.example.agent.{i}\",\n")) + "]\n");
}
