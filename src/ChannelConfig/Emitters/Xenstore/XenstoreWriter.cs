using System.Globalization;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Xenstore;

/// <summary>
/// Renders xenstore nodes for people and scripts: a listing, JSON, or a POSIX shell script. Each
/// has a <c>Write</c> form that writes to a <see cref="TextWriter"/> as it goes (what
/// <c>xlchan dump</c> uses: a million channels make 28 million nodes and a gigabyte of text) and a
/// <c>To</c> form that returns the same text as a string.
/// </summary>
internal static class XenstoreWriter
{
    /// <summary>
    /// One node a line, <c>PATH = "VALUE"   (PERMS)</c>, byte for byte as <c>xenstore-ls -f -p</c>
    /// prints those nodes when its output is not a terminal (Xen's <c>xenstore_client.c</c>: with
    /// <c>-f</c> no value is cut short and no dots pad the line; a blank after the value, then
    /// <c>"  ("</c>). Values are written as <c>sanitise_value</c> writes them
    /// (<see cref="XenstoreValueText.Sanitise"/>: <c>"</c> as it is, <c>\</c> doubled, other bytes
    /// outside printable ASCII as <c>\t \n \r \NNN \xNN</c>). On a terminal, xenstore-ls cuts
    /// values to the terminal's width, which this listing never does.
    /// </summary>
    /// <param name="nodes">The nodes.</param>
    /// <returns>The listing, each line ending in a newline.</returns>
    public static string ToListing(IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var text = new StringWriter();
        WriteListing(text, nodes);
        return text.ToString();
    }

    /// <summary>Writes the listing of <see cref="ToListing"/> to <paramref name="output"/>, a node at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="nodes">The nodes.</param>
    public static void WriteListing(TextWriter output, IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(nodes);
        foreach (var node in nodes)
        {
            output.Write(node.Path);
            output.Write(" = \"");
            output.Write(XenstoreValueText.Sanitise(node.Value));
            output.Write("\"   (");
            WriteListedPermissions(output, node.Permissions);
            output.Write(")\n");
        }
    }

    /// <summary>
    /// The permissions as <c>xenstore-ls -p</c> prints them: <c>xs_perm_to_string</c> writes each
    /// domid with <c>%i</c> into a buffer of 12 bytes, so a domid from 2^31 shows negative and
    /// cut to ten characters after its letter (4294967295 as <c>r-1</c>, 2147483648 as
    /// <c>r-214748364</c>); the store itself holds the number, as the other formats give it.
    /// </summary>
    private static void WriteListedPermissions(TextWriter output, string permissions)
    {
        int start = 0;
        while (start <= permissions.Length)
        {
            int comma = permissions.IndexOf(',', start);
            int end = comma < 0 ? permissions.Length : comma;
            if (start > 0)
            {
                output.Write(',');
            }

            var perm = permissions.AsSpan(start, end - start);
            if (perm.Length > 1 && uint.TryParse(perm[1..], NumberStyles.None, CultureInfo.InvariantCulture, out uint domid) && domid > int.MaxValue)
            {
                string listed = perm[0] + unchecked((int)domid).ToString(CultureInfo.InvariantCulture);
                output.Write(listed.Length > ListedPermissionLength ? listed[..ListedPermissionLength] : listed);
            }
            else
            {
                output.Write(perm);
            }

            start = end + 1;
        }
    }

    /// <summary>The characters of one permission <c>xenstore-ls</c> prints: <c>MAX_STRLEN(unsigned int)</c>, its buffer less the NUL.</summary>
    private const int ListedPermissionLength = 11;

    /// <summary>Writes the listing of the nodes libxl writes for <paramref name="analysis"/>, made one console at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    public static void WriteListing(TextWriter output, ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteListing(output, XenstoreEmitter.StreamNodes(analysis));
    }

    /// <summary>A JSON array of <c>{ "path", "value", "perms", "explicit" }</c> objects, indented.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string ToJson(IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var text = new StringWriter();
        WriteJson(text, nodes);
        return text.ToString();
    }

    /// <summary>Writes the JSON of <see cref="ToJson"/> to <paramref name="output"/>, a block at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="nodes">The nodes.</param>
    public static void WriteJson(TextWriter output, IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(nodes);
        JsonText.Write(output, indented: true, writer => WriteArray(writer, nodes));
        output.Write('\n');
    }

    /// <summary>Writes the JSON of the nodes libxl writes for <paramref name="analysis"/>, made one console at a time.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    public static void WriteJson(TextWriter output, ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteJson(output, XenstoreEmitter.StreamNodes(analysis));
    }

    /// <summary>Writes the nodes as a JSON array of <c>{ "path", "value", "perms" }</c> objects.</summary>
    /// <param name="writer">The JSON writer (flushed every 64 KB, so that a stream behind it gets the text as it is made).</param>
    /// <param name="nodes">The nodes.</param>
    /// <param name="withExplicit">Also write whether the permissions are set explicitly.</param>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<XenstoreNode> nodes, bool withExplicit = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(nodes);
        writer.WriteStartArray();
        foreach (var node in nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("path", node.Path);
            writer.WriteString("value", node.Value);
            writer.WriteString("perms", node.Permissions);
            if (withExplicit)
            {
                writer.WriteBoolean("explicit", node.Explicit);
            }

            writer.WriteEndObject();
            JsonText.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A POSIX shell script that writes the nodes with <c>xenstore-rm</c>, <c>xenstore-write</c>
    /// and <c>xenstore-chmod</c>, in libxl's order. Every path and value is single-quoted, so
    /// quotes, <c>$</c>, backticks and newlines in names or paths are written literally and never run.
    /// Each <c>\</c> in a value is doubled (<see cref="XenstoreValueText.ForWrite"/>), as
    /// <c>xenstore-write</c> reads backslash escapes in values; the script needs no <c>-R</c>, so it
    /// runs with every Xen release's tools.
    /// </summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="title">A comment line describing the script.</param>
    /// <returns>The script.</returns>
    public static string ToScript(IReadOnlyList<XenstoreNode> nodes, string title)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(title);
        var text = new StringWriter();
        WriteScript(text, [nodes], title);
        return text.ToString();
    }

    /// <summary>
    /// Writes the script of <see cref="ToScript"/> for the nodes libxl writes for
    /// <paramref name="analysis"/>. The nodes are made twice, one console at a time (once for the
    /// <c>xenstore-rm</c> lines, once for the writes), so memory does not grow with the channels.
    /// </summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="title">A comment line describing the script.</param>
    public static void WriteScript(TextWriter output, ChannelAnalysis analysis, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(title);

        // Each console's directories are its own (a console's frontend, backend and private
        // directories are named by its number, and no console's path lies under another's), so
        // finding them console by console finds what one pass over all the nodes finds.
        WriteScript(output, XenstoreEmitter.NodesByConsole(analysis), title);
    }

    /// <summary>The script, from groups of nodes whose directories no other group shares, enumerated twice.</summary>
    private static void WriteScript(TextWriter output, IEnumerable<IReadOnlyList<XenstoreNode>> groups, string title)
    {
        output.Write("#!/bin/sh\n");
        foreach (string line in title.Split('\n'))
        {
            output.Write("# ");
            output.Write(PrintableText.Text(line));
            output.Write('\n');
        }

        output.Write("set -e\n");

        // libxl removes each console's directories before writing them.
        foreach (var nodes in groups)
        {
            foreach (string directory in ConsoleDirectories(nodes))
            {
                output.Write("xenstore-rm ");
                output.Write(ShellQuoting.Quote(directory));
                output.Write(" 2>/dev/null || :\n");
            }
        }

        foreach (var nodes in groups)
        {
            foreach (var node in nodes)
            {
                string path = ShellQuoting.Quote(node.Path);
                string value = XenstoreValueText.ForWrite(node.Value);

                // A value such as backend-id's -1 (libxl's %d of a domid from 2^31) would be read
                // as options: -- ends them (getopt, in every release).
                output.Write(value.StartsWith('-') ? "xenstore-write -- " : "xenstore-write ");
                output.Write(path);
                output.Write(' ');
                output.Write(ShellQuoting.Quote(value));
                output.Write('\n');
                if (node.Explicit)
                {
                    output.Write("xenstore-chmod ");
                    output.Write(path);
                    foreach (string perm in node.Permissions.Split(','))
                    {
                        output.Write(' ');
                        output.Write(perm);
                    }

                    output.Write('\n');
                }
            }
        }
    }

    /// <summary>
    /// The directories libxl creates afresh for each console (frontend, backend, and its private
    /// one): the parents of the leaf nodes, in order of first appearance.
    /// </summary>
    private static IEnumerable<string> ConsoleDirectories(IReadOnlyList<XenstoreNode> nodes)
    {
        var parents = new HashSet<string>(nodes.Select(n => Parent(n.Path)), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            string parent = Parent(node.Path);
            if (!parents.Contains(node.Path) && seen.Add(parent))
            {
                yield return parent;
            }
        }
    }

    private static string Parent(string path) => path[..Math.Max(0, path.LastIndexOf('/'))];
}
