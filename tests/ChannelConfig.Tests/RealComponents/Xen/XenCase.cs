using System.Text;
using ChannelConfig.Tests.Properties;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// A generated xl.cfg for the Xen checks: a name, a kernel (xl -N create stops early without
/// either; the kernel need not exist) and a channel list, with the xlchan options it is read under.
/// </summary>
internal sealed record XenCase(string Id, IReadOnlyList<byte[]> Items, IReadOnlyList<string> Options)
{
    public byte[] Config
    {
        get
        {
            var text = new List<byte>("name = \"xen-check\"\nkernel = \"/boot/vmlinuz-xen-check\"\nchannel = [\n"u8.ToArray());
            foreach (byte[] item in Items)
            {
                text.AddRange("    "u8.ToArray());
                text.AddRange(XlCfgPrinter.Quote(item));
                text.AddRange(",\n"u8.ToArray());
            }

            text.AddRange("]\n"u8.ToArray());
            return [.. text];
        }
    }

    /// <summary>Writes the file into <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory)
    {
        string path = Path.Combine(directory, Id + ".cfg");
        File.WriteAllBytes(path, Config);
        return path;
    }

    /// <summary>The channel item of a socket channel.</summary>
    public static byte[] Socket(string name, string path) => Encoding.UTF8.GetBytes($"connection=socket, path={path}, name={name}");

    /// <summary>The channel item of a pty channel.</summary>
    public static byte[] Pty(string name, string? backend = null) =>
        Encoding.UTF8.GetBytes($"connection=pty, name={name}" + (backend is null ? string.Empty : $", backend={backend}"));

    /// <summary><paramref name="count"/> channels, sockets and ptys in turn.</summary>
    public static IReadOnlyList<byte[]> Mixed(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i % 2 == 0 ? Socket($"org.example.agent.{i}", $"/run/xen/vm-{i}.sock") : Pty($"org.example.pty.{i}"))];

    public override string ToString() => Id;
}
