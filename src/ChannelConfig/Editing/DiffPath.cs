using System.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// A path as a diff's <c>---</c>/<c>+++</c> header gives it, quoted as git quotes names (which GNU
/// <c>patch</c> reads back): in double quotes, with <c>\a \b \t \n \v \f \r \" \\</c> and every other
/// control or non-ASCII byte as three octal digits, so that no name can end the header line and
/// forge a hunk. A plain name is left as it is; one holding a space is followed by a tab, as git
/// does, so that <c>patch</c> does not take the rest of the name for a date.
/// </summary>
internal static class DiffPath
{
    /// <summary>The header form of <paramref name="path"/> (its UTF-8 bytes).</summary>
    public static byte[] Header(string path)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(path);
        if (!bytes.Any(NeedsQuoting))
        {
            return bytes.Contains((byte)' ') ? [.. bytes, (byte)'\t'] : bytes;
        }

        var quoted = new StringBuilder("\"");
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case 0x07: quoted.Append("\\a"); break;
                case 0x08: quoted.Append("\\b"); break;
                case 0x09: quoted.Append("\\t"); break;
                case 0x0A: quoted.Append("\\n"); break;
                case 0x0B: quoted.Append("\\v"); break;
                case 0x0C: quoted.Append("\\f"); break;
                case 0x0D: quoted.Append("\\r"); break;
                case (byte)'"': quoted.Append("\\\""); break;
                case (byte)'\\': quoted.Append("\\\\"); break;
                default:
                    if (NeedsQuoting(b))
                    {
                        quoted.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        quoted.Append((char)b);
                    }

                    break;
            }
        }

        return Encoding.ASCII.GetBytes(quoted.Append('"').ToString());
    }

    private static bool NeedsQuoting(byte b) => b < 0x20 || b >= 0x7F || b == (byte)'"' || b == (byte)'\\';
}
