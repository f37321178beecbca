using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Syntax;
using ChannelConfig.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Properties;

/// <summary>A channel as a test means it: its connection, name and (for a socket) path, as the guest and QEMU should see them.</summary>
internal sealed record ModelChannel(ChannelConnection Connection, string Name, string? Path);

/// <summary>
/// Channels whose names and paths are full of what breaks outputs: quotes, <c>$</c>, backticks,
/// command substitutions, newlines, tabs, <c>]]&gt;</c>, <c>=</c>, control and non-ASCII characters.
/// They never hold <c>,</c> (xl splits channel items on it and has no escape) or NUL (xl.cfg
/// cannot hold one), and never start or end with a blank (xl trims values).
/// </summary>
internal static class HostileChannels
{
    private static readonly string[] Pieces =
    [
        "a", "org", ".", "example", "agent", "0", "-", "_", "/", " ", "'", "\"", "\\", "$", "`", "$(touch pwned)", "`touch pwned`",
        "$HOME", ";touch pwned;", "|", "&", "<", ">", "]]>", "<![CDATA[", "&amp;", "=", "*", "?", "~", "#", "%", "@", "!", "{", "}",
        "(", ")", "[", "]", "\t", "\n", "\r", "\u001b[31m", "\u007f", "\u00e9", "\u20ac", "\U0001F600", "\u2028", "\u0085", "--", "-qmp",
    ];

    public static Gen<IReadOnlyList<ModelChannel>> Channels =>
        Gen.Choose(1, 4).SelectMany(n => Channel.ListOf(n), (_, list) => (IReadOnlyList<ModelChannel>)[.. list]);

    private static Gen<ModelChannel> Channel =>
        Gen.Elements(ChannelConnection.Pty, ChannelConnection.Socket)
            .SelectMany(_ => Text, (connection, name) => (connection, name))
            .SelectMany(_ => Text, (t, path) => new ModelChannel(t.connection, t.name, t.connection == ChannelConnection.Socket ? "/" + path : null));

    /// <summary>One to eight pieces, trimmed as xl trims, never empty.</summary>
    private static Gen<string> Text =>
        Gen.Choose(1, 8).SelectMany(n => Gen.Elements(Pieces).ListOf(n), (_, pieces) => string.Concat(pieces))
            .Select(s => s.Trim(' ', '\t', '\n', '\v', '\f', '\r'))
            .Select(s => s.Length == 0 ? "x" : s);

    /// <summary>The <c>channel</c> setting for the channels: fields in varying order, with blanks xl trims.</summary>
    public static byte[] Config(IReadOnlyList<ModelChannel> channels)
    {
        var output = new List<byte>("channel = [\n"u8.ToArray());
        for (int i = 0; i < channels.Count; i++)
        {
            var c = channels[i];
            var fields = new List<string> { $"connection={(c.Connection == ChannelConnection.Socket ? "socket" : "pty")}", $" name = {c.Name}" };
            if (c.Path is not null)
            {
                fields.Insert(i % 2, $"path={c.Path} ");
            }

            output.AddRange(XlCfgPrinter.Quote(Encoding.UTF8.GetBytes(string.Join(',', fields))));
            output.AddRange(",\n"u8.ToArray());
        }

        output.AddRange("]\n"u8.ToArray());
        return [.. output];
    }

    /// <summary>Lints the channels' configuration and checks that xl reads them as the model says.</summary>
    public static LintResult Lint(IReadOnlyList<ModelChannel> channels)
    {
        var result = XlLinter.Lint(new SourceText("hostile.cfg", Config(channels)));
        Assert.Equal(XlVerdict.Accepted, result.Verdict);
        Assert.Equal(channels, result.Channels.Channels.Select(c => new ModelChannel(c.Connection, c.Name!, c.Path)));
        return result;
    }
}
