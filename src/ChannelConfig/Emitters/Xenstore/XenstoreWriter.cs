using System.Text;
using System.Text.Json;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Xenstore;

/// <summary>Renders xenstore nodes for people and scripts: a listing, JSON, or a POSIX shell script.</summary>
public static class XenstoreWriter
{
    /// <summary>
    /// One node a line, <c>PATH = "VALUE"  (PERMS)</c>, as <c>xenstore-ls -f -p</c> prints it;
    /// in values, <c>\</c> and <c>"</c> are escaped with a backslash and control characters as <c>\xNN</c>.
    /// </summary>
    /// <param name="nodes">The nodes.</param>
    /// <returns>The listing, each line ending in a newline.</returns>
    public static string ToListing(IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            sb.Append(node.Path).Append(" = \"").Append(EscapeValue(node.Value)).Append("\"  (").Append(node.Permissions).Append(")\n");
        }

        return sb.ToString();
    }

    /// <summary>A JSON array of <c>{ "path", "value", "perms", "explicit" }</c> objects, indented.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string ToJson(IEnumerable<XenstoreNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = PrintableJsonEncoder.Instance }))
        {
            WriteArray(writer, nodes);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the nodes as a JSON array of <c>{ "path", "value", "perms" }</c> objects.</summary>
    /// <param name="writer">The JSON writer.</param>
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
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A POSIX shell script that writes the nodes with <c>xenstore-rm</c>, <c>xenstore-write</c>
    /// and <c>xenstore-chmod</c>, in libxl's order. Every path and value is single-quoted, so
    /// quotes, <c>$</c>, backticks and newlines in names or paths are written literally and never run.
    /// </summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="title">A comment line describing the script.</param>
    /// <returns>The script.</returns>
    public static string ToScript(IReadOnlyList<XenstoreNode> nodes, string title)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        foreach (string line in title.Split('\n'))
        {
            sb.Append("# ").Append(PrintableText.Text(line)).Append('\n');
        }

        sb.Append("set -e\n");

        // libxl removes each console's directories before writing them.
        foreach (string directory in ConsoleDirectories(nodes))
        {
            sb.Append("xenstore-rm ").Append(ShellQuote(directory)).Append(" 2>/dev/null || :\n");
        }

        foreach (var node in nodes)
        {
            sb.Append("xenstore-write ").Append(ShellQuote(node.Path)).Append(' ').Append(ShellQuote(node.Value)).Append('\n');
            if (node.Explicit)
            {
                sb.Append("xenstore-chmod ").Append(ShellQuote(node.Path));
                foreach (string perm in node.Permissions.Split(','))
                {
                    sb.Append(' ').Append(perm);
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Quotes a word for a POSIX shell: single quotes, with <c>'</c> written as <c>'\''</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word.</returns>
    public static string ShellQuote(string word) => ShellQuoting.Quote(word);

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

    private static string EscapeValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '"' => sb.Append("\\\""),
                < ' ' or '\x7f' => sb.Append($"\\x{(int)c:x2}"),
                _ when PrintableText.IsUnsafe(c) => sb.Append($"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
