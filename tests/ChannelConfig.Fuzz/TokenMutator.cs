using System.Text;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Token-level mutations: the input is cut roughly into xl.cfg tokens (words, quoted strings,
/// blanks, punctuation, single bytes), then tokens are dropped, duplicated, swapped, shuffled, or
/// replaced by tokens from a dictionary or from other seeds.
/// </summary>
internal static class TokenMutator
{
    private static readonly byte[][] Dictionary = new[]
    {
        "channel", "name", "memory", "=", "+=", "[", "]", ",", ";", "\n", "# comment\n", " ", "\t", "\r\n",
        "0x", "09", "1e5", "512M", "0xFF", "Name", "_a", "os.path", "\"\"", "\",,\"", "''", "[]", "[,1]", "[1,,2]",
        "\"connection=pty,name=org.example.a.0\"",
        "\"connection=socket,path=/run/xen/a.sock,name=org.example.b.0\"",
        "\"connection=socket,path= ,name=org.example.c.0\"",
        "\"connection=pty,name= \"", "\"backend=Domain-0,connection=pty,name=x\"", "\"backend=,connection=pty,name=y\"",
        "\"type=SOCKET,path=/run/a.sock,name=a\"", "\"connection=PTY,name=a\"", "\"connection=pty,name\"",
        "\"connection=socket,path=/run/a'$(id)`x`\\\\ ]]>.sock,name=org.x'y$HOME\\t;z\"",
        "\"name=a=b=c,connection=pty\"", "\"connection=pty,path=/a/,name=a,name=b\"", "'single \"quoted\"'",
        "\"\\x41\"", "\"\\0123\"", "\"\\01\"", "\"\\q\"", "\"\\n\\r\\t\\\\\"", "\"\0\"", "\"caf\xe9\"",
    }.Select(Encoding.Latin1.GetBytes).ToArray();

    public static void Mutate(List<byte> data, Random random, IReadOnlyList<byte[]> seeds)
    {
        var tokens = Tokenize(data);
        switch (random.Next(7))
        {
            case 0 when tokens.Count > 0:
                tokens.RemoveAt(random.Next(tokens.Count));
                break;
            case 1 when tokens.Count > 0:
            {
                int i = random.Next(tokens.Count);
                int times = 1 + random.Next(random.Next(4) == 0 ? 200 : 3);
                tokens.InsertRange(i, Enumerable.Repeat(tokens[i], times));
                break;
            }

            case 2 when tokens.Count > 1:
            {
                int a = random.Next(tokens.Count), b = random.Next(tokens.Count);
                (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
                break;
            }

            case 3 when tokens.Count > 1:
                Shuffle(tokens, random);
                break;
            case 4:
                tokens.Insert(random.Next(tokens.Count + 1), Dictionary[random.Next(Dictionary.Length)]);
                break;
            case 5 when tokens.Count > 0:
                tokens[random.Next(tokens.Count)] = Dictionary[random.Next(Dictionary.Length)];
                break;
            default:
            {
                var other = Tokenize(seeds[random.Next(seeds.Count)]);
                if (other.Count > 0)
                {
                    tokens.Insert(random.Next(tokens.Count + 1), other[random.Next(other.Count)]);
                }

                break;
            }
        }

        data.Clear();
        foreach (var token in tokens)
        {
            data.AddRange(token);
        }
    }

    /// <summary>Shuffles a window of up to eight neighbouring tokens.</summary>
    private static void Shuffle(List<byte[]> tokens, Random random)
    {
        int start = random.Next(tokens.Count);
        int length = Math.Min(tokens.Count - start, 2 + random.Next(7));
        var window = tokens.GetRange(start, length).ToArray();
        random.Shuffle(window);
        for (int i = 0; i < length; i++)
        {
            tokens[start + i] = window[i];
        }
    }

    /// <summary>Cuts bytes into rough tokens; concatenating them gives the bytes back.</summary>
    public static List<byte[]> Tokenize(IReadOnlyList<byte> data)
    {
        var tokens = new List<byte[]>();
        int i = 0;
        while (i < data.Count)
        {
            int end = TokenEnd(data, i);
            var token = new byte[end - i];
            for (int k = 0; k < token.Length; k++)
            {
                token[k] = data[i + k];
            }

            tokens.Add(token);
            i = end;
        }

        return tokens;
    }

    private static int TokenEnd(IReadOnlyList<byte> data, int start)
    {
        byte c = data[start];
        int i = start + 1;
        if (IsWord(c))
        {
            while (i < data.Count && IsWord(data[i]))
            {
                i++;
            }
        }
        else if (c is (byte)' ' or (byte)'\t')
        {
            while (i < data.Count && data[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }
        }
        else if (c is (byte)'"' or (byte)'\'')
        {
            while (i < data.Count && data[i] != (byte)'\n' && data[i] != c)
            {
                i += data[i] == (byte)'\\' && i + 1 < data.Count && data[i + 1] != (byte)'\n' ? 2 : 1;
            }

            i = Math.Min(data.Count, i < data.Count && data[i] == c ? i + 1 : i);
        }
        else if (c == (byte)'#')
        {
            while (i < data.Count && data[i - 1] != (byte)'\n')
            {
                i++;
            }
        }
        else if (c == (byte)'+' && i < data.Count && data[i] == (byte)'=')
        {
            i++;
        }

        return i;
    }

    private static bool IsWord(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'_';
}
