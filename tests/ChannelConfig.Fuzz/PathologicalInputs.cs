using System.Text;

namespace ChannelConfig.Fuzz;

/// <summary>The huge inputs of issue 8, each built at full size times a scale.</summary>
internal static class PathologicalInputs
{
    private const int MB = 1_000_000;

    /// <summary>Each case: its name and how to build it at a scale.</summary>
    public static IReadOnlyList<(string Name, Func<double, byte[]> Build)> Cases { get; } =
    [
        ("brackets-1M", s => Repeat("[", Count(1_000_000, s))),
        ("nested-value-1M", s => Concat("a = ", Repeat("[", Count(1_000_000, s)))),
        ("file-100MB", s => Fill(RealisticBlock(), Count(100 * MB, s))),
        ("string-10MB", s => Concat("name = \"", Repeat("x", Count(10 * MB, s)), "\"\n")),
        ("settings-1M", s => Lines(Count(1_000_000, s), i => $"s{Letters(i)} = {i}\n")),
        ("channels-1M", s => Concat("channel = [\n", Lines(Count(1_000_000, s), i => $"\"connection=socket,path=/run/xen/a{i}.sock,name=org.example.agent.{i}\",\n"), "]\n")),
        ("line-10MB-comment", s => Concat("# ", Repeat("c", Count(10 * MB, s)), "\n")),
        ("line-10MB-settings", s => Concat(Repeat("a=1;", Count(10 * MB, s) / 4), "\n")),
        ("line-10MB-lexerr", s => Concat("a = ", Repeat("$", Count(10 * MB, s)), "\n")),
        ("invalid-utf8-10MB-in-string", s => Concat("name = \"", Invalid(Count(10 * MB, s)), "\"\n")),
        ("invalid-utf8-10MB-outside", s => Concat(Invalid(Count(10 * MB, s)), "\n")),
        ("invalid-utf8-10MB-short-lines", s => Fill(Concat(Invalid(15), " ", Invalid(15), " ", Invalid(15), "\n"), Count(10 * MB, s))),
        ("nul-10MB", s => new byte[Count(10 * MB, s)]),
        ("nul-in-strings-10MB", s => Fill("a = \"\0\"\n"u8.ToArray(), Count(10 * MB, s))),
        ("crlf-10MB", s => Fill("a = 1\r\n"u8.ToArray(), Count(10 * MB, s))),
        ("octal-escapes-1MB", s => Concat("name = \"", Repeat("\\0123", Count(MB, s) / 5), "\"\n")),
        ("hex-escapes-10MB", s => Concat("name = \"", Repeat("\\x", Count(10 * MB, s) / 2), "\"\n")),
        ("append-string-1M", s => Fill("a += \"x\"\n"u8.ToArray(), Count(9 * MB, s))),
        ("append-list-1M", s => Fill("a += [1]\n"u8.ToArray(), Count(9 * MB, s))),
        ("channel-fields-10MB", s => Concat("channel = [ \"", Repeat("k=v,", Count(10 * MB, s) / 4), "connection=pty,name=org.example.a.0\" ]\n")),
    ];

    private static int Count(long full, double scale) => (int)Math.Clamp(full * scale, 1, Array.MaxLength / 2);

    private static byte[] Repeat(string unit, int times) => Fill(Encoding.Latin1.GetBytes(unit), unit.Length * times);

    /// <summary>Repeats <paramref name="unit"/> to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Fill(byte[] unit, int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i += unit.Length)
        {
            unit.AsSpan(0, Math.Min(unit.Length, length - i)).CopyTo(bytes.AsSpan(i));
        }

        return bytes;
    }

    private static byte[] Concat(params object[] parts)
    {
        using var stream = new MemoryStream();
        foreach (var part in parts)
        {
            stream.Write(part is string text ? Encoding.Latin1.GetBytes(text) : (byte[])part);
        }

        return stream.ToArray();
    }

    private static byte[] Lines(int count, Func<int, string> line)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Append(line(i));
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Bytes that are never valid UTF-8: lone continuation bytes and 0xFF, 0xFE.</summary>
    private static byte[] Invalid(int length)
    {
        var random = new Random(8);
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = random.Next(4) == 0 ? (byte)(0xFE + random.Next(2)) : (byte)(0x80 + random.Next(0x40));
        }

        return bytes;
    }

    /// <summary>A name made of letters only (digits would read as part of a number after the first letter anyway, but keep names plain).</summary>
    private static string Letters(int i)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return sb.ToString();
    }

    /// <summary>About 1 KB of an ordinary configuration, repeated to make the 100 MB file.</summary>
    private static byte[] RealisticBlock() => Encoding.UTF8.GetBytes(
        "# web-01: a PV guest with two channels\n"
        + "name = \"web-01\"\n"
        + "type = \"pvh\"\n"
        + "memory = 2048\n"
        + "vcpus = 2\n"
        + "kernel = \"/var/lib/xen/images/vmlinuz\"\n"
        + "extra = \"console=hvc0 root=/dev/xvda1\"; extra += \" quiet\"\n"
        + "disk = [ \"vdev=xvda, format=raw, target=/dev/vg0/web-01\",\n"
        + "         \"vdev=xvdb, format=qcow2, target=/var/lib/xen/images/web-01-data.qcow2\" ]\n"
        + "vif = [ \"mac=00:16:3e:00:00:01, bridge=xenbr0\", 'bridge=xenbr1' ]\n"
        + "channel = [\n"
        + "    \"connection=socket, path=/run/xen/web-01-agent.sock, name=org.example.cloud.agent.0\",\n"
        + "    \"connection=pty, name=org.xenproject.guest.clipboard.0.1\",   # trailing comma is fine\n"
        + "]\n"
        + "on_crash = \"restart\"\n"
        + "# a long comment line to round the block up: ............................................\n");
}
