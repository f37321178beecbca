using System.Text;
using ChannelConfig.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// A generated xl.cfg file made of pieces (whole settings, tokens, troublemakers), so FsCheck can
/// shrink a failing file to the fewest pieces that still fail.
/// </summary>
/// <param name="Pieces">The pieces, concatenated in order.</param>
internal sealed record GeneratedInput(IReadOnlyList<byte[]> Pieces)
{
    /// <summary>Pieces that are not valid on their own: every token, and what upsets the scanner.</summary>
    private static readonly string[] Troublemakers =
    [
        "a", "channel", "x.y_z", "0", "0x1f", "09", "\"s\"", "'q'", "\"a,b=c\"", "\"\\n\\\"\"", "\"\\q\"", "\"\\0123\"",
        "=", "+=", "[", "]", ",", ";", "\n", "# c\n", " ", "\t", "\r", "+", "(", "$", "\u00e9", "\"", "'", "A", "\\",
        "l = [\n", "1,\n", "[2,\n", "]\n", "3 4", ",,", "], [", "\"x\" ]", "[[", "]]",
    ];

    /// <summary>The file.</summary>
    public byte[] Bytes => [.. Pieces.SelectMany(p => p)];

    /// <summary>Files of valid settings (as <see cref="XlCfgPrinter"/> writes them), each on its own line.</summary>
    public static Arbitrary<GeneratedInput> Valid { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size / 5)).SelectMany(n => ValidSetting.ListOf(n)))
            .Select(pieces => new GeneratedInput([.. pieces])),
        input => Shrink(input.Pieces).Select(pieces => new GeneratedInput(pieces)));

    /// <summary>Valid settings mixed with loose tokens and troublemakers: files with syntax and lexical errors.</summary>
    public static Arbitrary<GeneratedInput> WithErrors { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, Math.Max(2, size / 2)).SelectMany(n => Gen.Frequency((1, ValidSetting.Select(p => new[] { p })), (1, BrokenSetting), (3, Troublemaker)).ListOf(n)))
            .Select(pieces => new GeneratedInput([.. pieces.SelectMany(p => p)])),
        input => Shrink(input.Pieces).Select(pieces => new GeneratedInput(pieces)));

    /// <summary>Channel items: the bytes xl's split and trim care about, and words.</summary>
    public static Arbitrary<GeneratedInput> ChannelItems { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size / 3)).SelectMany(n => Gen.Elements(ItemPieces).ListOf(n)))
            .Select(pieces => new GeneratedInput([.. pieces.Select(Encoding.Latin1.GetBytes)])),
        input => Shrink(input.Pieces).Select(pieces => new GeneratedInput(pieces)));

    private static readonly string[] ItemPieces =
    [
        ",", ",", "=", "=", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "a", "name", "connection", "pty", "x=y", "==", ",,", "path=/a=b",
    ];

    private static Gen<byte[]> ValidSetting =>
        XlGenerators.Configs.Select(c => (byte[])[.. XlCfgPrinter.Print([.. c.Settings.Take(1)], c.Layout), (byte)'\n']);

    private static Gen<byte[][]> Troublemaker => Gen.Elements(Troublemakers).Select(t => new[] { Encoding.UTF8.GetBytes(t) });

    /// <summary>A valid setting with a troublemaker inserted somewhere (inside a list, most often): three pieces.</summary>
    private static Gen<byte[][]> BrokenSetting =>
        from setting in ValidSetting
        from at in Gen.Choose(0, setting.Length)
        from trouble in Gen.Elements(Troublemakers)
        select new[] { setting[..at], Encoding.UTF8.GetBytes(trouble), setting[at..] };

    /// <summary>Shows the file as a C# string literal would, so a shrunk counterexample can be pasted into a test.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("\"");
        foreach (byte b in Bytes)
        {
            text.Append(b switch
            {
                (byte)'\n' => "\\n",
                (byte)'\t' => "\\t",
                (byte)'\r' => "\\r",
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                >= 0x20 and < 0x7F => ((char)b).ToString(),
                _ => $"\\x{b:X2}",
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>Smaller lists: without a half, a quarter, … and finally without each single piece.</summary>
    private static IEnumerable<IReadOnlyList<byte[]>> Shrink(IReadOnlyList<byte[]> pieces)
    {
        for (int chunk = pieces.Count / 2; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= pieces.Count; start += chunk)
            {
                yield return [.. pieces.Take(start), .. pieces.Skip(start + chunk)];
            }
        }
    }
}
