using System.Buffers.Binary;

namespace ChannelConfig.Cli.Files;

/// <summary>What <c>statx</c> tells of a file: which inode it is, its type, owner, mode, size and modification time.</summary>
internal readonly record struct FileStatus(
    ulong Device, ulong Inode, FileStatusType Type, UnixFileMode Mode, uint User, uint Group, long Size, long ModifiedSeconds, uint ModifiedNanoseconds)
{
    private const int TypeMask = 0xF000;

    /// <summary>True when both describe the same inode with the same size and modification time: nobody wrote it in between.</summary>
    public bool IsUnchangedSince(FileStatus earlier) =>
        Device == earlier.Device && Inode == earlier.Inode && Size == earlier.Size
        && ModifiedSeconds == earlier.ModifiedSeconds && ModifiedNanoseconds == earlier.ModifiedNanoseconds;

    /// <summary>True when both describe the same inode.</summary>
    public bool IsSameFile(FileStatus other) => Device == other.Device && Inode == other.Inode;

    /// <summary>Reads a <c>struct statx</c> (the layout is the same on every architecture).</summary>
    public static FileStatus FromStatx(ReadOnlySpan<byte> b)
    {
        int mode = BinaryPrimitives.ReadUInt16LittleEndian(b[28..]);
        ulong device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(b[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(b[140..]);
        return new FileStatus(
            device,
            BinaryPrimitives.ReadUInt64LittleEndian(b[32..]),
            (FileStatusType)(mode & TypeMask),
            (UnixFileMode)(mode & 0xFFF),
            BinaryPrimitives.ReadUInt32LittleEndian(b[20..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[24..]),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(b[40..]),
            BinaryPrimitives.ReadInt64LittleEndian(b[112..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[120..]));
    }
}

/// <summary>The file types of <c>st_mode</c>'s <c>S_IFMT</c> bits.</summary>
internal enum FileStatusType
{
    /// <summary>A FIFO (named pipe).</summary>
    Fifo = 0x1000,

    /// <summary>A character device, such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice = 0x2000,

    /// <summary>A directory.</summary>
    Directory = 0x4000,

    /// <summary>A block device.</summary>
    BlockDevice = 0x6000,

    /// <summary>A regular file.</summary>
    Regular = 0x8000,

    /// <summary>A symbolic link (seen only when links are not followed).</summary>
    SymbolicLink = 0xA000,

    /// <summary>A Unix socket.</summary>
    Socket = 0xC000,
}
