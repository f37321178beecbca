namespace ChannelConfig.Import;

/// <summary>
/// Finds, in one pass over the bytes, a start tag with more than a given number of attributes,
/// before an XML reader sees it: .NET's reader takes time that grows faster than a tag's size
/// with its attributes (two million took 83 seconds), so the tag must be refused unread. In a
/// well-formed tag every <c>=</c> outside quotes begins an attribute's value; comments, CDATA
/// sections and processing instructions are skipped. Malformed XML is left to the reader.
/// </summary>
internal static class XmlAttributeCount
{
    /// <summary>The offset of the <c>&lt;</c> of the first tag with more than <paramref name="max"/> attributes, or -1.</summary>
    public static int FindTagWithMoreThan(ReadOnlySpan<byte> xml, int max)
    {
        int i = 0;
        while (i < xml.Length)
        {
            int open = xml[i..].IndexOf((byte)'<');
            if (open < 0)
            {
                return -1;
            }

            i += open;
            var rest = xml[i..];
            if (rest.StartsWith("<!--"u8))
            {
                i = Skip(xml, i + 4, "-->"u8);
            }
            else if (rest.StartsWith("<![CDATA["u8))
            {
                i = Skip(xml, i + 9, "]]>"u8);
            }
            else if (rest.StartsWith("<?"u8))
            {
                i = Skip(xml, i + 2, "?>"u8);
            }
            else
            {
                int start = i;
                int count = 0;
                byte quote = 0;
                for (i++; i < xml.Length && (quote != 0 || xml[i] != (byte)'>'); i++)
                {
                    byte b = xml[i];
                    if (quote != 0)
                    {
                        quote = b == quote ? (byte)0 : quote;
                    }
                    else if (b is (byte)'"' or (byte)'\'')
                    {
                        quote = b;
                    }
                    else if (b == (byte)'=' && ++count > max)
                    {
                        return start;
                    }
                }
            }
        }

        return -1;
    }

    private static int Skip(ReadOnlySpan<byte> xml, int from, ReadOnlySpan<byte> end)
    {
        int at = xml[from..].IndexOf(end);
        return at < 0 ? xml.Length : from + at + end.Length;
    }
}
