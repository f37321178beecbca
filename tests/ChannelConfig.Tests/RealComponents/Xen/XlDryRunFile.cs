using System.Text;
using ChannelConfig.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// A generated xl.cfg for the property test: a fixed name and kernel (xl -N create stops early
/// without either), then a generated body with the channel settings, or hostile bytes.
/// Shrinking removes runs of the body's bytes, down to single bytes.
/// </summary>
internal sealed record XlDryRunFile(byte[] Body)
{
    private static readonly byte[] Header = "name = \"property\"\nkernel = \"/boot/vmlinuz\"\n"u8.ToArray();

    private static readonly string[] Keys = ["connection", "name", "path", "backend", "devid", "unknown", "Connection", string.Empty];

    private static readonly string[] Words =
    [
        "pty", "socket", "file", string.Empty, "org.example.agent.0", "/run/xen/a.sock", "Domain-0", "0", "7", "4294967295", "-1",
        " pty ", "a=b", "\"", "'", "\\", "$x", "\u00e9", "\u20ac", "\u001b", "\t", " ",
    ];

    /// <summary>Names xl takes as they are: plain, with blanks, quotes, $, =, non-ASCII and control characters.</summary>
    private static readonly string[] Names =
    [
        "org.example.agent.0", "a b", "\"q\" 'q'", "$HOME$(id)", "a=b", "\u00e9\u20ac\U0001F600", "tab\there", "\u001b[31m", "back\\slash", "x",
    ];

    private static readonly TimeSpan ShrinkBudget = TimeSpan.FromSeconds(30);

    private static readonly System.Diagnostics.Stopwatch ShrinkClock = new();

    public byte[] Bytes => [.. Header, .. Body];

    public static Arbitrary<XlDryRunFile> Arbitrary { get; } = Arb.From(
        Gen.Frequency((8, ChannelSettings), (1, HostileString), (1, Soup)).Select(body => new XlDryRunFile(body)),
        file => Shrink(file.Body).Select(body => new XlDryRunFile(body)));

    /// <summary>One or two channel settings: lists of generated items, or a single string (which xl warns about).</summary>
    private static Gen<byte[]> ChannelSettings =>
        Gen.Choose(1, 2).SelectMany(n => Setting.ListOf(n), (_, settings) => settings.SelectMany(s => s).ToArray());

    private static Gen<byte[]> Setting =>
        Gen.Elements("channel = ", "channel += ", "channel=")
            .SelectMany(_ => Gen.Choose(0, 9), (op, shape) => (op, shape))
            .SelectMany(_ => Gen.Choose(0, 5).SelectMany(n => Item.ListOf(n)), (t, items) => Print(t.op, t.shape, [.. items]));

    /// <summary>A channel item: mostly a connection and a name (and perhaps a path, a backend, a stray field) in any order; else any fields.</summary>
    private static Gen<byte[]> Item => Gen.Frequency(
        (12, WellFormedFields.SelectMany(fields => Gen.Choose(0, fields.Count - 1), (fields, turn) => Join([.. fields.Skip(turn), .. fields.Take(turn)]))),
        (1, Gen.Choose(0, 5).SelectMany(n => Field.ListOf(n)).Select(fields => Join(fields))));

    private static Gen<List<byte[]>> WellFormedFields =>
        from connection in Gen.Elements("connection=pty", "connection=socket", " connection = pty ", "connection=socket ")
        from name in Gen.Frequency((4, Gen.Elements(Names).Select(Encoding.UTF8.GetBytes)), (1, Value))
        from path in Gen.Frequency((4, Value.Select(v => (byte[]?)Concat("path="u8.ToArray(), v))), (1, Gen.Constant((byte[]?)null)))
        from backend in Gen.Elements(null, "backend=Domain-0", "backend=0", "backend=7", " backend = 12 ")
        from stray in Gen.Frequency((8, Gen.Constant((byte[]?)null)), (1, Field.Select(f => (byte[]?)f)))
        select new List<byte[]?> { Encoding.UTF8.GetBytes(connection), Concat("name="u8.ToArray(), name), path, backend is null ? null : Encoding.UTF8.GetBytes(backend), stray }
            .OfType<byte[]>().ToList();

    private static Gen<byte[]> Field => Gen.Frequency(
        (6, Gen.Elements(Keys).SelectMany(_ => Value, (key, value) => Concat(Encoding.UTF8.GetBytes(key + "="), value))),
        (1, Value),
        (1, Gen.Elements(" ", "=", "==", "name==a").Select(Encoding.UTF8.GetBytes)));

    private static Gen<byte[]> Value => Gen.Frequency(
        (4, Gen.Elements(Words).Select(Encoding.UTF8.GetBytes)),
        (1, XlGenerators.StringBytes));

    /// <summary>A channel list whose one string holds any bytes (NUL, quotes, newlines, invalid UTF-8).</summary>
    private static Gen<byte[]> HostileString =>
        XlGenerators.RandomBytes.Select(bytes => Concat("channel = [ \""u8.ToArray(), bytes, "\" ]\n"u8.ToArray()));

    /// <summary>xl.cfg tokens glued together, with the settings xl checks beyond channels renamed away.</summary>
    private static Gen<byte[]> Soup =>
        XlGenerators.TokenSoup.Select(bytes => Encoding.Latin1.GetBytes(
            Encoding.Latin1.GetString(bytes).Replace("name", "nome", StringComparison.OrdinalIgnoreCase).Replace("memory", "memo", StringComparison.Ordinal)));

    private static byte[] Print(string op, int shape, List<byte[]> items)
    {
        var text = new List<byte>(Encoding.UTF8.GetBytes(op));
        if (shape == 0 && items.Count > 0)
        {
            text.AddRange(XlCfgPrinter.Quote(items[0]));
        }
        else
        {
            text.Add((byte)'[');
            for (int i = 0; i < items.Count; i++)
            {
                text.AddRange(XlCfgPrinter.Quote(items[i], shape == 1 ? (byte)'\'' : (byte)'"'));
                text.AddRange(i < items.Count - 1 || shape == 2 ? ",\n  "u8.ToArray() : " "u8.ToArray());
            }

            text.Add((byte)']');
        }

        text.Add((byte)'\n');
        return [.. text];
    }

    private static byte[] Join(IEnumerable<byte[]> fields) => [.. fields.SelectMany((f, i) => i == 0 ? f : Concat(","u8.ToArray(), f))];

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>
    /// The body without one run of bytes: halves first, then ever shorter runs, down to single
    /// bytes. Each candidate costs a run of xl, so shrinking stops offering candidates after
    /// <see cref="ShrinkBudget"/> (the smallest failing file found by then is reported).
    /// </summary>
    private static IEnumerable<byte[]> Shrink(byte[] body)
    {
        ShrinkClock.Start();
        for (int run = body.Length / 2; run >= 1; run /= 2)
        {
            for (int start = 0; start + run <= body.Length && ShrinkClock.Elapsed < ShrinkBudget; start += run)
            {
                yield return [.. body[..start], .. body[(start + run)..]];
            }
        }

        if (body.Length == 1)
        {
            yield return [];
        }
    }

    /// <summary>The file, with bytes outside printable ASCII escaped, for the failure message.</summary>
    public override string ToString() =>
        string.Concat(Bytes.Select(b => b is >= 0x20 and < 0x7F && b != '\\' ? ((char)b).ToString() : b == '\n' ? "\\n\n" : $"\\x{b:x2}"));
}
