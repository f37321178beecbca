using System.Text;
using System.Xml;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Libvirt;

/// <summary>Attribute values as libvirt writes them in domain XML (single-quoted), made safe to read back.</summary>
internal static class LibvirtXmlText
{
    /// <summary>
    /// Escapes a value for an attribute in single quotes. Like libvirt's
    /// <c>virBufferEscapeString</c>, <c>&lt; &gt; &amp; " '</c> become entity references; unlike
    /// it, tab, newline and carriage return become character references (libvirt writes them raw,
    /// and XML readers turn raw ones into spaces), so do the other characters
    /// <see cref="PrintableText"/> calls unsafe that XML can hold (C1 and bidirectional controls, U+2028), and the characters XML 1.0 cannot hold at all
    /// are left out and returned in <paramref name="dropped"/> (libvirt drops them silently).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="dropped">The characters left out, in order; empty when none.</param>
    /// <returns>The escaped text, without the quotes.</returns>
    public static string EscapeAttribute(string value, out string dropped)
    {
        var sb = new StringBuilder(value.Length + 8);
        var removed = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                case '\t': sb.Append("&#9;"); break;
                case '\n': sb.Append("&#10;"); break;
                case '\r': sb.Append("&#13;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(c) && PrintableText.IsUnsafe(c))
                    {
                        // A C1 or bidirectional control XML can hold: a character reference, read back exactly.
                        sb.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                    }
                    else if (XmlConvert.IsXmlChar(c))
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        removed.Append(c);
                    }

                    break;
            }
        }

        dropped = removed.ToString();
        return sb.ToString();
    }
}
