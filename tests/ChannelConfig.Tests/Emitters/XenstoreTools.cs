using ChannelConfig.Text;

namespace ChannelConfig.Tests.Emitters;

/// <summary>
/// What xenstore's tools do with text, ported from Xen 4.17's <c>tools/xenstore/xs_lib.c</c> for
/// the tests: <c>unsanitise_value</c> (how <c>xenstore-write</c> reads a value argument), and the
/// reading of an <c>xenstore-ls -f -p</c> line.
/// </summary>
internal static class XenstoreTools
{
    /// <summary>
    /// <c>unsanitise_value</c>: <c>\t \n \r \\</c>, <c>\x</c> and up to two hex digits,
    /// <c>\</c> and up to three octal digits, a backslash before any other byte dropped. (sscanf's
    /// leading blanks and signs before the digits are not modelled: no test value has them.)
    /// </summary>
    public static string Unsanitise(string argument)
    {
        byte[] input = FileNameText.Encode(argument);
        var output = new List<byte>(input.Length);
        int i = 0;
        while (i < input.Length)
        {
            int c = input[i++];
            if (c == '\\')
            {
                c = i < input.Length ? input[i++] : 0;
                switch (c)
                {
                    case 't': c = '\t'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case '\\': break;
                    case 'x': c = Digits(input, ref i, 16, 2, c); break;
                    case >= '0' and <= '7': i--; c = Digits(input, ref i, 8, 3, c); break;
                    case 0: output.Add(0); return FileNameText.Decode([.. output]);
                    default: break;
                }
            }

            output.Add((byte)c);
        }

        return FileNameText.Decode([.. output]);
    }

    /// <summary>Reads <c>PATH = "VALUE"   (PERMS)</c> back into the node's path, value and permissions.</summary>
    public static (string Path, string Value, string Permissions) ParseListingLine(string line)
    {
        int eq = line.IndexOf(" = \"", StringComparison.Ordinal);
        int close = line.LastIndexOf("\"   (", StringComparison.Ordinal);
        Assert.True(eq > 0 && close > eq && line.EndsWith(')'), line);
        return (line[..eq], Unsanitise(line[(eq + 4)..close]), line[(close + 5)..^1]);
    }

    private static int Digits(byte[] input, ref int i, int radix, int width, int otherwise)
    {
        int value = 0;
        int n = 0;
        while (n < width && i < input.Length && Uri.IsHexDigit((char)input[i]) && Convert.ToInt32(((char)input[i]).ToString(), 16) < radix)
        {
            value = (value * radix) + Convert.ToInt32(((char)input[i]).ToString(), 16);
            i++;
            n++;
        }

        return n == 0 ? otherwise : value & 0xFF;
    }
}
