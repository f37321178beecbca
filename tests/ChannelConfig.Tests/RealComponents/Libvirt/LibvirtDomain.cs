using System.Text;

namespace ChannelConfig.Tests.RealComponents.Libvirt;

/// <summary>
/// A minimal libvirt domain document around xlchan's <c>&lt;channel&gt;</c> elements, and the
/// <c>&lt;channel&gt;</c> elements of the document libvirt formats back.
/// </summary>
internal static class LibvirtDomain
{
    /// <summary>The domain's name.</summary>
    public const string Name = "xlchan-check";

    /// <summary>The document: <paramref name="channels"/> (indented for their place) inside <c>&lt;devices&gt;</c> of a domain of <paramref name="type"/>.</summary>
    public static string Document(string type, string channels) =>
        $"""
        <domain type='{type}'>
          <name>{Name}</name>
          <memory unit='KiB'>131072</memory>
          <os>
            <type arch='x86_64'>hvm</type>
          </os>
          <devices>

        """.Replace("\r\n", "\n", StringComparison.Ordinal)
        + channels
        + "  </devices>\n</domain>\n";

    /// <summary>
    /// The <c>&lt;channel&gt;</c> elements of a formatted domain document, line for line, less
    /// what libvirt adds to each (<c>&lt;address&gt;</c>, <c>&lt;alias&gt;</c>).
    /// </summary>
    public static string Channels(string document)
    {
        var channels = new StringBuilder();
        bool inside = false;
        foreach (string line in document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string trimmed = line.TrimStart();
            inside |= trimmed.StartsWith("<channel ", StringComparison.Ordinal);
            if (inside && !trimmed.StartsWith("<address ", StringComparison.Ordinal) && !trimmed.StartsWith("<alias ", StringComparison.Ordinal))
            {
                channels.Append(line).Append('\n');
            }

            inside &= trimmed != "</channel>";
        }

        return channels.ToString();
    }
}
