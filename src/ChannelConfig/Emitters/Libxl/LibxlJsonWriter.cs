using System.Globalization;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Libxl;

/// <summary>
/// A channel as libxl's generated <c>libxl_device_channel_gen_json</c> prints it: only the fields
/// that differ from their defaults (<c>backend_domid</c> ≠ 0, <c>backend_domname</c>, <c>devid</c>
/// ≠ -1, <c>name</c>), then the keyed union as one key <c>"connection.pty"</c>,
/// <c>"connection.socket"</c> (with its <c>path</c>) or <c>"connection.unknown"</c>.
/// </summary>
internal static class LibxlJsonWriter
{
    /// <summary>How much text is gathered before it is written out.</summary>
    private const int BlockChars = 16 * 1024;

    /// <summary>One channel as a standalone JSON document.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="style">yajl or json-c formatting.</param>
    /// <returns>The text, byte for byte as libxl prints it.</returns>
    public static string ToJson(DeviceChannel channel, LibxlJsonStyle style)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var sb = new StringBuilder();
        WriteChannel(sb, channel, style, depth: 0);
        if (style == LibxlJsonStyle.Yajl)
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// A <c>libxl_domain_config</c> document holding only its <c>channels</c> member, byte for byte
    /// as libxl prints the object (<c>libxl_domain_config_gen_json</c>) when that is its only
    /// member: <c>{</c>, the member of <see cref="ToChannelsMember"/>, <c>}</c>. With no channel
    /// libxl prints no <c>channels</c> member, so the document is an empty object (yajl: <c>{</c>,
    /// a blank line, <c>}</c>; json-c: <c>{</c>, a newline, <c>}</c>). yajl ends the document with a
    /// newline; json-c does not.
    /// </summary>
    /// <param name="channels">The channels: <see cref="ChannelAnalysis.XlChannels"/> for what
    /// <c>xl -N create</c> prints, <see cref="ChannelAnalysis.Channels"/> for what <c>xl list -l</c> shows once the domain exists.</param>
    /// <param name="style">yajl or json-c formatting.</param>
    /// <returns>The document.</returns>
    public static string ToDomainConfig(IReadOnlyList<DeviceChannel> channels, LibxlJsonStyle style)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var text = new StringWriter();
        WriteDomainConfig(text, channels, style);
        return text.ToString();
    }

    /// <summary>Writes the document of <see cref="ToDomainConfig"/> to <paramref name="output"/>, a few channels at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="channels">The channels.</param>
    /// <param name="style">yajl or json-c formatting.</param>
    public static void WriteDomainConfig(TextWriter output, IReadOnlyList<DeviceChannel> channels, LibxlJsonStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            // yajl: map_open prints "{" and a newline, map_close a newline and "}"; json-c one newline.
            output.Write(style == LibxlJsonStyle.Yajl ? "{\n\n}\n" : "{\n}");
            return;
        }

        output.Write("{\n");
        WriteChannelsMember(output, channels, style);
        output.Write(style == LibxlJsonStyle.Yajl ? "\n}\n" : "\n}");
    }

    /// <summary>
    /// The <c>"channels": [ … ]</c> member as it sits in a <c>libxl_domain_config</c> document
    /// (one level deep in the top-level object), without a trailing comma or newline; the empty
    /// string when there is no channel, as libxl prints an array member only when it has elements
    /// (<c>gentypes.py</c>: <c>channels &amp;&amp; num_channels</c>).
    /// </summary>
    /// <param name="channels">The channels.</param>
    /// <param name="style">yajl or json-c formatting.</param>
    /// <returns>The member text.</returns>
    public static string ToChannelsMember(IReadOnlyList<DeviceChannel> channels, LibxlJsonStyle style)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var text = new StringWriter();
        WriteChannelsMember(text, channels, style);
        return text.ToString();
    }

    /// <summary>Writes the member of <see cref="ToChannelsMember"/> (nothing when there is no channel) to <paramref name="output"/>, a few channels at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="channels">The channels.</param>
    /// <param name="style">yajl or json-c formatting.</param>
    public static void WriteChannelsMember(TextWriter output, IReadOnlyList<DeviceChannel> channels, LibxlJsonStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            return;
        }

        var sb = new StringBuilder();
        Indent(sb, style, 1);
        sb.Append(Key(style, "channels")).Append('[');
        for (int i = 0; i < channels.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(channels[i], nameof(channels));
            sb.Append(i == 0 ? "\n" : ",\n");
            Indent(sb, style, 2);
            WriteChannel(sb, channels[i], style, depth: 2);
            if (sb.Length >= BlockChars)
            {
                output.Write(sb);
                sb.Clear();
            }
        }

        sb.Append('\n');
        Indent(sb, style, 1);
        sb.Append(']');
        output.Write(sb);
    }

    /// <summary>Writes one channel object whose opening brace is at nesting <paramref name="depth"/>.</summary>
    private static void WriteChannel(StringBuilder sb, DeviceChannel channel, LibxlJsonStyle style, int depth)
    {
        var members = new List<(string Key, string Value)>();
        if (channel.BackendDomid != 0)
        {
            members.Add(("backend_domid", channel.BackendDomid.ToString(CultureInfo.InvariantCulture)));
        }

        if (channel.BackendDomname is not null)
        {
            members.Add(("backend_domname", Quote(channel.BackendDomname, style)));
        }

        if (channel.Devid != -1)
        {
            members.Add(("devid", channel.Devid.ToString(CultureInfo.InvariantCulture)));
        }

        if (channel.Name is not null)
        {
            members.Add(("name", Quote(channel.Name, style)));
        }

        string union = channel.Connection switch
        {
            ChannelConnection.Pty => "connection.pty",
            ChannelConnection.Socket => "connection.socket",
            _ => "connection.unknown",
        };

        sb.Append("{\n");
        foreach (var (key, value) in members)
        {
            Indent(sb, style, depth + 1);
            sb.Append(Key(style, key)).Append(value).Append(",\n");
        }

        Indent(sb, style, depth + 1);
        sb.Append(Key(style, union)).Append('{');
        if (channel.Connection == ChannelConnection.Socket && channel.Path is not null)
        {
            sb.Append('\n');
            Indent(sb, style, depth + 2);
            sb.Append(Key(style, "path")).Append(Quote(channel.Path, style)).Append('\n');
        }
        else
        {
            // yajl prints an empty map as "{", a blank line, then "}"; json-c as "{", newline, "}".
            sb.Append(style == LibxlJsonStyle.Yajl ? "\n\n" : "\n");
        }

        Indent(sb, style, depth + 1);
        sb.Append("}\n");
        Indent(sb, style, depth);
        sb.Append('}');
    }

    private static string Key(LibxlJsonStyle style, string key) =>
        style == LibxlJsonStyle.Yajl ? $"\"{key}\": " : $"\"{key}\":";

    private static void Indent(StringBuilder sb, LibxlJsonStyle style, int depth) =>
        sb.Append(' ', depth * (style == LibxlJsonStyle.Yajl ? 4 : 2));

    /// <summary>
    /// A JSON string as yajl or json-c escape it: <c>"</c>, <c>\\</c>, <c>\\b \\f \\n \\r \\t</c>, the other
    /// C0 controls as <c>\\u00XX</c>, in upper-case hex for yajl (<c>CharToHex</c>) and lower case for
    /// json-c (<c>json_hex_chars</c>); json-c also escapes <c>/</c>. UTF-8 passes through, except the
    /// other characters <see cref="PrintableText"/> calls unsafe (DEL, C1 controls, bidirectional
    /// controls, U+2028/9), which both libraries write raw and we write as <c>\\uNNNN</c> in the same case.
    /// </summary>
    private static string Quote(string value, LibxlJsonStyle style)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '/' when style == LibxlJsonStyle.JsonC => sb.Append("\\/"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when PrintableText.IsUnsafe(c) => sb.Append("\\u").Append(((int)c).ToString(style == LibxlJsonStyle.Yajl ? "X4" : "x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
