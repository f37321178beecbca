using System.Text;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Mutations that keep the file readable but change what is inside a quoted string: its
/// comma-separated fields are dropped, repeated, swapped, or replaced by fields and values that
/// stress the channel reader and the emitters (empty and blank values, hostile shell, JSON, XML and
/// QEMU characters, escapes). So many inputs get past xl's reader into the channel code.
/// </summary>
internal static class ChannelItemMutator
{
    /// <summary>Fields as written inside a string: no raw quote (only <c>\"</c> and <c>\'</c>), no raw newline.</summary>
    private static readonly byte[][] Fields = new[]
    {
        "connection=pty", "connection=socket", "connection=PTY", "connection=", "connection= ", "connection",
        "name=org.example.agent.0", "name=", "name= ", "name=a", "name=org.qemu.guest_agent.0", "name=.", "name=..", "name=a/b",
        "path=/run/xen/agent.sock", "path= ", "path=", "path=relative.sock", "path=/run/dir/", "path=//run/./a.sock",
        "path=/run/a=b.sock", "backend=0", "backend=Domain-0", "backend=", "backend= ", "backend=4294967296", "backend=nosuch",
        "type=SOCKET", "=v", "k=v", " ", "", "name=\\t", "name=a\\nb", "path=/run/\\r\\n-qmp", "name=\\\"q\\'",
        "name=$(id)`id`;&|<>*?~!#", "path=/run/$HOME/`id`.sock", "name=]]><!--&amp;", "name=\\\\x", "name=\\a\\b\\f\\v",
        "name=\u00e9\u2028\u0085\u001b[31m", "path=/" + new string('p', 120), "name=" + new string('n', 300),
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    public static void Mutate(List<byte> data, Random random)
    {
        var tokens = TokenMutator.Tokenize(data);
        var strings = Enumerable.Range(0, tokens.Count).Where(i => IsQuoted(tokens[i])).ToList();
        if (strings.Count == 0)
        {
            return;
        }

        int index = strings[random.Next(strings.Count)];
        var token = tokens[index];
        byte quote = token[0];
        var fields = Split(token.AsSpan(1, token.Length - 2));
        switch (random.Next(6))
        {
            case 0 when fields.Count > 0:
                fields.RemoveAt(random.Next(fields.Count));
                break;
            case 1 when fields.Count > 0:
                fields.Insert(random.Next(fields.Count + 1), fields[random.Next(fields.Count)]);
                break;
            case 2 when fields.Count > 1:
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fields));
                break;
            case 3 when fields.Count > 0:
                fields[random.Next(fields.Count)] = Fields[random.Next(Fields.Length)];
                break;
            default:
                fields.Insert(random.Next(fields.Count + 1), Fields[random.Next(Fields.Length)]);
                break;
        }

        var joined = new List<byte> { quote };
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                joined.Add((byte)',');
            }

            joined.AddRange(fields[i]);
        }

        joined.Add(quote);
        tokens[index] = [.. joined];
        data.Clear();
        foreach (var t in tokens)
        {
            data.AddRange(t);
        }
    }

    private static List<byte[]> Split(ReadOnlySpan<byte> content)
    {
        var fields = new List<byte[]>();
        foreach (var range in content.Split((byte)','))
        {
            fields.Add(content[range].ToArray());
        }

        return fields;
    }

    private static bool IsQuoted(byte[] token) =>
        token.Length >= 2 && token[0] is (byte)'"' or (byte)'\'' && token[^1] == token[0];
}
