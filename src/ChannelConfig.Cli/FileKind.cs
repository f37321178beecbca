using ChannelConfig.Cli.Files;
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
/// ends), so on Linux this asks libc's <c>statx</c> (<see cref="NativeFiles.Stat(ReadOnlySpan{byte}, bool, out int)"/>)
/// with the name's real bytes; elsewhere only a directory is told apart.
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of file at <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind, or <see cref="FileKind.Unknown"/>.</returns>
    public static FileKind Of(string path)
    {
        if (!NativeFiles.IsSupported)
        {
            return Directory.Exists(path) ? FileKind.Directory : FileKind.Unknown;
        }

        try
        {
            // The name's real bytes (a file name that is not UTF-8 is carried as FileNameText does).
            return NativeFiles.Stat(FileNameText.Encode(path), followLinks: true, out _)?.Type switch
            {
                null => FileKind.Unknown,
                FileStatusType.Regular => FileKind.Regular,
                FileStatusType.Directory => FileKind.Directory,
                _ => FileKind.Special,
            };
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without statx (glibc before 2.28).
            return Directory.Exists(path) ? FileKind.Directory : FileKind.Unknown;
        }
    }
}
