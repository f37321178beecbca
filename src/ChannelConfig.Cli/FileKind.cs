using System.Runtime.InteropServices;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>What a path names, as <c>stat(2)</c> tells (following symbolic links).</summary>
internal enum FileKind
{
    /// <summary>The type could not be found out (no such file, or not a Unix system): read it and report what happens.</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, a device or a socket: reading may block or never end.</summary>
    Special,
}

/// <summary>
/// Finds out a path's <see cref="FileKind"/>. .NET's file APIs do not say whether a file is a
/// FIFO or a device (opening a FIFO blocks until a writer comes, and <c>/dev/zero</c> never
/// ends), so this asks the runtime's own native shim (<c>SystemNative_Stat</c> in
/// <c>libSystem.Native</c>, which every .NET runtime on Unix ships and its file APIs use).
/// </summary>
internal static class FileKinds
{
    // pal_io.h: FileStatus starts with int32 Flags, then int32 Mode; the S_IFMT bits are POSIX's.
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;
    private const int TypeDirectory = 0x4000;
    private const int TypeRegular = 0x8000;

    /// <summary>The kind of file at <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind, or <see cref="FileKind.Unknown"/>.</returns>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : FileKind.Unknown;
        }

        try
        {
            // The name's real bytes (a file name that is not UTF-8 is carried as FileNameText does).
            byte[] name = FileNameText.Encode(path);
            byte[] native = new byte[name.Length + 1];
            name.CopyTo(native, 0);
            byte[] status = new byte[512]; // larger than FileStatus on every platform
            if (Stat(native, status) != 0)
            {
                return FileKind.Unknown;
            }

            return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
            {
                TypeRegular => FileKind.Regular,
                TypeDirectory => FileKind.Directory,
                _ => FileKind.Special,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Directory.Exists(path) ? FileKind.Directory : FileKind.Unknown;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);
}
