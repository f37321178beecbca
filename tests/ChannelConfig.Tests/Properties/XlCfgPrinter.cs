using System.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// Writes a model as xl.cfg text that xl reads back as the same model, choosing among the
/// layouts xl allows (statement separators, blanks, comments, multi-line lists, trailing commas,
/// both quote styles, bare numbers) with a seeded random source.
/// </summary>
/// <remarks>
/// Strings use only the escapes xl decodes: <c>\" \' \\ \a \b \f \n \r \t \v</c>. Octal escapes
/// vanish in xl and <c>\x</c> is always an error, so every other byte is written raw (xl takes
/// any byte but NUL and newline inside quotes). A NUL cannot be written at all.
/// </remarks>
internal static class XlCfgPrinter
{
    private static readonly string[] Separators = ["\n", ";", " ; ", "\n\n", "\n# a comment, with [brackets] = and \"quotes\"\n", ";\n", "\t;\t"];

    public static byte[] Print(IReadOnlyList<ModelSetting> settings, int layoutSeed)
    {
        var random = new Random(layoutSeed);
        var output = new List<byte>();
        if (random.Next(4) == 0)
        {
            Append(output, "# leading comment\n\n");
        }

        for (int i = 0; i < settings.Count; i++)
        {
            var setting = settings[i];
            Append(output, Blanks(random));
            Append(output, setting.Name);
            Append(output, Blanks(random));
            Append(output, setting.Operator == AssignmentOperator.Append ? "+=" : "=");
            Append(output, Blanks(random));
            PrintValue(output, setting.Value, random);
            bool last = i == settings.Count - 1;
            if (!last || random.Next(2) == 0)
            {
                Append(output, Blanks(random));
                Append(output, Separators[random.Next(Separators.Length)]);
            }
        }

        return [.. output];
    }

    /// <summary>Quotes bytes for xl: double or single quotes, escaping the quote, backslash and newline.</summary>
    public static byte[] Quote(ReadOnlySpan<byte> value, byte quote = (byte)'"', bool escapeControls = true)
    {
        if (value.IndexOf((byte)0) >= 0)
        {
            throw new ArgumentException("xl.cfg cannot hold a NUL byte in a string", nameof(value));
        }

        var output = new List<byte>(value.Length + 2) { quote };
        foreach (byte b in value)
        {
            string? escape = b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                _ when b == quote => quote == (byte)'"' ? "\\\"" : "\\'",
                0x07 when escapeControls => "\\a",
                0x08 when escapeControls => "\\b",
                0x0C when escapeControls => "\\f",
                (byte)'\r' when escapeControls => "\\r",
                (byte)'\t' when escapeControls => "\\t",
                0x0B when escapeControls => "\\v",
                _ => null,
            };
            if (escape is null)
            {
                output.Add(b);
            }
            else
            {
                Append(output, escape);
            }
        }

        output.Add(quote);
        return [.. output];
    }

    private static void PrintValue(List<byte> output, ModelValue value, Random random)
    {
        switch (value)
        {
            case ModelString s when IsNumber(s.Bytes) && random.Next(2) == 0:
                output.AddRange(s.Bytes);
                break;
            case ModelString s:
                output.AddRange(Quote(s.Bytes, random.Next(3) == 0 ? (byte)'\'' : (byte)'"', escapeControls: random.Next(2) == 0));
                break;
            case ModelList list:
                PrintList(output, list, random);
                break;
        }
    }

    /// <summary>A list: items separated by commas, with newlines and comments where the grammar allows them (after <c>[</c>, after an item, after a comma).</summary>
    private static void PrintList(List<byte> output, ModelList list, Random random)
    {
        bool multiline = random.Next(2) == 0;
        Append(output, "[");
        Append(output, multiline ? "\n    " : Blanks(random));
        for (int i = 0; i < list.Items.Count; i++)
        {
            PrintValue(output, list.Items[i], random);
            bool last = i == list.Items.Count - 1;
            if (!last || random.Next(3) == 0)
            {
                Append(output, Blanks(random));
                Append(output, ",");
                Append(output, multiline ? (random.Next(3) == 0 ? "   # item comment\n    " : "\n    ") : Blanks(random));
            }
        }

        Append(output, multiline && random.Next(2) == 0 ? "\n" : Blanks(random));
        Append(output, "]");
    }

    /// <summary>xl's NUMBER token: <c>[0-9][0-9a-fx]*</c>.</summary>
    private static bool IsNumber(byte[] bytes) =>
        bytes.Length > 0 && bytes[0] is >= (byte)'0' and <= (byte)'9'
        && bytes.All(b => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or (byte)'x');

    private static string Blanks(Random random) => random.Next(4) switch
    {
        0 => string.Empty,
        1 => "\t",
        2 => "  ",
        _ => " ",
    };

    private static void Append(List<byte> output, string text) => output.AddRange(Encoding.UTF8.GetBytes(text));
}
