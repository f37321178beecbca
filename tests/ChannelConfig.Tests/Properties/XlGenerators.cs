using System.Text;
using ChannelConfig.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Properties;

/// <summary>FsCheck generators for xl.cfg inputs: random bytes, token soups and models of valid configurations.</summary>
internal static class XlGenerators
{
    /// <summary>Everything xl's scanner treats specially, and the bytes that upset it: CR, NUL, BOM, quotes, escapes, brackets, <c>+=</c>.</summary>
    private static readonly string[] SoupTokens =
    [
        "channel", "name", "memory", "a.b_c", "Name", "_x", "0", "512", "0x10", "0xFF", "09", "1e5", "512M",
        "=", "+=", "+", "[", "]", ",", ";", "\n", "\r", "\r\n", "\0", "\uFEFF", " ", "\t", "\v", "\f", "#", "# c\n",
        "\"", "'", "\\", "\"\"", "''", "\"a,b\"", "'x'", "\"\\\"\"", "\"\\x41\"", "\"\\0123\"", "\"\\01\"", "\"\\q\"", "\"\\n\\t\"",
        "\"\0\"", "\"connection=pty,name=org.a.0\"", "\"\"", "\",,\"", "\"connection=socket,path=/run/a.sock,name=b\"",
        "(", ")", ":", "-", ".", "$", "`", "\u00e9", "\u2028", "\u001b", "+ =", "x\u0088x",
    ];

    /// <summary>Any bytes, weighted towards ASCII and the bytes that matter to xl.</summary>
    public static Gen<byte[]> RandomBytes => Gen.Sized(size =>
        Gen.Frequency(
            (3, Gen.Choose(0, 255)),
            (3, Gen.Choose(0x20, 0x7E)),
            (2, Gen.Elements<int>('"', '\'', '\\', '[', ']', ',', '=', '+', ';', '#', '\n', '\r', 0, '\t', ' ')))
        .Select(i => (byte)i)
        .UpTo(size * 8)
        .Select(bytes => bytes.ToArray()));

    /// <summary>A sequence of xl.cfg tokens and troublemakers, glued together.</summary>
    public static Gen<byte[]> TokenSoup => Gen.Sized(size =>
        Gen.Elements(SoupTokens).UpTo(size * 2)
            .Select(tokens => Encoding.UTF8.GetBytes(string.Concat(tokens))));

    /// <summary>Settings that xl accepts (apart from a <c>+=</c> that mixes a list and a string), and a layout seed for the printer.</summary>
    public static Gen<(IReadOnlyList<ModelSetting> Settings, int Layout)> Configs =>
        Gen.Sized(size => Setting.UpTo(Math.Max(1, size / 4)))
            .SelectMany(settings => Gen.Choose(0, int.MaxValue), (settings, layout) => ((IReadOnlyList<ModelSetting>)[.. settings], layout));

    /// <summary>A string value: bytes without NUL, from all the classes that need care when written.</summary>
    public static Gen<byte[]> StringBytes =>
        Gen.Frequency(
            (6, Gen.Choose(0x20, 0x7E)),
            (2, Gen.Elements<int>('"', '\'', '\\', '\n', '\t', '\r', 7, 8, 0x0B, 0x0C, 1, 0x1B, 0x7F, ',', '=', '#', '[', ']')),
            (1, Gen.Choose(0x80, 0xFF)))
        .Select(i => (byte)i)
        .ArrayOf()
        .Select(bytes => bytes.Length > 40 ? bytes[..40] : bytes);

    private static Gen<string> Name =>
        Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
            .SelectMany(first => Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789._".ToCharArray()).ListOf(), (first, rest) => first + string.Concat(rest))
            .Select(name => name.Length > 12 ? name[..12] : name);

    private static Gen<ModelSetting> Setting =>
        Gen.Frequency((4, Name), (1, Gen.Elements("channel", "memory", "name")))
            .SelectMany(_ => Gen.Elements(AssignmentOperator.Assign, AssignmentOperator.Assign, AssignmentOperator.Append), (name, op) => (name, op))
            .SelectMany(_ => Value(3), (t, value) => new ModelSetting(t.name, t.op, value));

    /// <summary>A list of 0 to <paramref name="max"/> elements.</summary>
    private static Gen<IList<T>> UpTo<T>(this Gen<T> generator, int max) =>
        Gen.Choose(0, max).SelectMany(n => generator.ListOf(n), (_, items) => (IList<T>)[.. items]);

    private static Gen<ModelValue> Value(int depth)
    {
        var number = Gen.Choose(0, 99999).Select(n => (ModelValue)new ModelString(Encoding.ASCII.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var text = StringBytes.Select(b => (ModelValue)new ModelString(b));
        if (depth == 0)
        {
            return Gen.OneOf(number, text);
        }

        var list = Gen.Sized(size => Value(depth - 1).UpTo(Math.Min(size, 6))).Select(items => (ModelValue)new ModelList([.. items]));
        return Gen.Frequency((2, number), (4, text), (2, list));
    }
}
