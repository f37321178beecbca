using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// A gzip'd cpio archive in the "newc" format, the one the kernel unpacks as an initramfs:
/// directories, regular files and symbolic links, owned by root.
/// </summary>
internal sealed class CpioArchive
{
    private readonly List<(string Path, int Mode, byte[] Data)> _entries = [];

    /// <summary>Adds a directory (its parents must be added first).</summary>
    public CpioArchive Directory(string path) => Add(path, 0x4000 | 0x1ED, []);

    /// <summary>Adds a regular file with permission bits <paramref name="permissions"/>.</summary>
    public CpioArchive File(string path, byte[] data, int permissions = 0x1A4) => Add(path, 0x8000 | permissions, data);

    /// <summary>Adds a symbolic link to <paramref name="target"/>.</summary>
    public CpioArchive Symlink(string path, string target) => Add(path, 0xA000 | 0x1FF, Encoding.UTF8.GetBytes(target));

    /// <summary>Writes the archive, gzip'd, to <paramref name="file"/>.</summary>
    public void WriteGzip(string file)
    {
        using var stream = System.IO.File.Create(file);
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest);
        int inode = 1;
        foreach (var (path, mode, data) in _entries)
        {
            WriteEntry(gzip, inode++, path, mode, data);
        }

        WriteEntry(gzip, 0, "TRAILER!!!", 0, []);
    }

    private CpioArchive Add(string path, int mode, byte[] data)
    {
        _entries.Add((path, mode, data));
        return this;
    }

    private static void WriteEntry(Stream output, int inode, string path, int mode, byte[] data)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        var header = new StringBuilder("070701");
        foreach (int field in new[] { inode, mode, 0, 0, 1, 0, data.Length, 0, 0, 0, 0, name.Length, 0 })
        {
            header.Append(field.ToString("x8", CultureInfo.InvariantCulture));
        }

        byte[] headerBytes = Encoding.ASCII.GetBytes(header.ToString());
        output.Write(headerBytes);
        output.Write(name);
        Pad(output, headerBytes.Length + name.Length);
        output.Write(data);
        Pad(output, data.Length);
    }

    private static void Pad(Stream output, int length)
    {
        for (int i = length; i % 4 != 0; i++)
        {
            output.WriteByte(0);
        }
    }
}
