using System.Globalization;
using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Reporting;

/// <summary>What <c>xlchan channel list</c> prints: an aligned table, or one JSON document.</summary>
internal static class ChannelList
{
    private static readonly string[] Headings = ["IDX", "DEVID", "CONNECTION", "BACKEND", "NAME", "PATH"];

    /// <summary>
    /// The table: one row a channel, columns padded to their widest cell (the last column is not
    /// padded); names and paths are printable text, quoted when they hold a blank or a quote, <c>-</c> when absent.
    /// </summary>
    /// <param name="channels">The channels.</param>
    /// <param name="stdout">Where it goes (standard output, for xlchan).</param>
    public static void WriteTable(IReadOnlyList<DeviceChannel> channels, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(stdout);
        var rows = new List<string[]> { Headings };
        rows.AddRange(channels.Select(c => new[]
        {
            N(c.Index), N(c.Devid), ChannelConnectionName.Of(c.Connection), Backend(c), Column(c.Name), Column(c.Path),
        }));
        var widths = Enumerable.Range(0, Headings.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]));
            stdout.WriteLine(string.Join("  ", cells));
        }
    }

    /// <summary>
    /// One JSON document: an array of channels, each with <c>index</c>, <c>devid</c>,
    /// <c>connection</c>, <c>backend</c> (a domain name, or its id as a number), <c>name</c> and
    /// <c>path</c> (null when absent) and <c>line</c>, the line of its item in the file.
    /// </summary>
    /// <param name="channels">The channels.</param>
    /// <param name="stdout">Where it goes (standard output, for xlchan).</param>
    public static void WriteJson(IReadOnlyList<DeviceChannel> channels, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(stdout);
        JsonText.Write(stdout, indented: true, writer =>
        {
            writer.WriteStartArray();
            foreach (var c in channels)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", c.Index);
                writer.WriteNumber("devid", c.Devid);
                writer.WriteString("connection", ChannelConnectionName.Of(c.Connection));
                if (c.BackendDomname is { } domname)
                {
                    writer.WriteString("backend", domname);
                }
                else
                {
                    writer.WriteNumber("backend", c.BackendDomid);
                }

                writer.WriteString("name", c.Name);
                writer.WriteString("path", c.Path);
                writer.WriteNumber("line", c.Span.Start.Line);
                writer.WriteEndObject();
                JsonText.FlushIfLarge(writer);
            }

            writer.WriteEndArray();
        });
        stdout.WriteLine();
    }

    private static string Backend(DeviceChannel c) =>
        c.BackendDomname is { } domname ? PrintableText.Field(domname) : N(c.BackendDomid);

    /// <summary>A name or path cell: <c>-</c> when there is none, quoted when it holds a blank, a quote or an unsafe character (or is <c>-</c> itself).</summary>
    private static string Column(string? value) => value switch
    {
        null => "-",
        "-" => "\"-\"",
        _ => PrintableText.Field(value),
    };

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
