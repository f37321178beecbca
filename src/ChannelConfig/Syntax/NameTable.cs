using System.Text;

namespace ChannelConfig.Syntax;

/// <summary>Interns setting names, so a name that recurs in a file is allocated once.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the string for an ASCII name.</summary>
    /// <param name="ascii">The name's bytes (<c>[a-z][._0-9a-z]*</c>).</param>
    /// <returns>The interned string.</returns>
    public string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > 256)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        Span<char> chars = stackalloc char[ascii.Length];
        for (int i = 0; i < ascii.Length; i++)
        {
            chars[i] = (char)ascii[i];
        }

        if (_lookup.TryGetValue(chars, out string? name))
        {
            return name;
        }

        name = new string(chars);
        _names.Add(name, name);
        return name;
    }
}
