namespace ChannelConfig.Cli.Files;

/// <summary>How a path given to <c>--output</c> or <c>--in-place</c> is written.</summary>
internal enum WriteTargetKind
{
    /// <summary>An existing regular file (a symbolic link's final target): replaced by a rename, keeping its owner, mode, ACLs and extended attributes.</summary>
    Replace,

    /// <summary>Nothing there yet (or a dangling link's target): created by a rename.</summary>
    Create,

    /// <summary>A FIFO or character device (a pipe, <c>/dev/null</c>, a terminal): written through, never replaced.</summary>
    WriteThrough,
}

/// <summary>Where and how a write goes; see <see cref="Resolve"/>.</summary>
/// <param name="Kind">How it is written.</param>
/// <param name="Path">The path written or renamed over (a symbolic link's final target).</param>
/// <param name="Status">The existing file's status, for <see cref="WriteTargetKind.Replace"/>.</param>
internal readonly record struct WriteTarget(WriteTargetKind Kind, string Path, FileStatus? Status)
{
    /// <summary>
    /// Finds out how to write <paramref name="path"/>. A regular file is replaced, a missing one
    /// created; a FIFO or character device is written through only when
    /// <paramref name="allowStreams"/> (for <c>dump -o</c>; never for in-place edits). Directories,
    /// block devices and sockets are refused, as <c>sed -i</c> refuses them.
    /// </summary>
    /// <exception cref="IOException">The path cannot be written; the message says why.</exception>
    public static WriteTarget Resolve(string path, bool allowStreams)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new IOException("not a file name (empty, or holding a NUL byte)");
        }

        string full = System.IO.Path.GetFullPath(path);
        if (!NativeFiles.IsSupported)
        {
            full = FinalTarget(full);
            return File.Exists(full) ? new(WriteTargetKind.Replace, full, null) : new(WriteTargetKind.Create, full, null);
        }

        var status = NativeFiles.Stat(full, followLinks: true, out int errno);
        if (status is null)
        {
            const int NoSuchFile = 2;
            if (errno != NoSuchFile)
            {
                throw new IOException(NativeFiles.Message(errno));
            }

            // Nothing there; a dangling symbolic link is followed to the file it names.
            return new(WriteTargetKind.Create, FinalTarget(full), null);
        }

        switch (status.Value.Type)
        {
            case FileStatusType.Regular:
                return new(WriteTargetKind.Replace, FinalTarget(full), status);
            case FileStatusType.Fifo or FileStatusType.CharacterDevice when allowStreams:
                return new(WriteTargetKind.WriteThrough, full, status);
            case FileStatusType.Directory:
                throw new IOException("is a directory");
            default:
                throw new IOException(
                    $"is {Describe(status.Value.Type)}, not a regular file: xlchan will not replace it"
                    + (allowStreams ? " (it writes through only to FIFOs and character devices)" : " (only regular files are edited in place)"));
        }
    }

    /// <summary>What a file of this type is called in messages.</summary>
    public static string Describe(FileStatusType type) => type switch
    {
        FileStatusType.Fifo => "a FIFO",
        FileStatusType.CharacterDevice => "a character device",
        FileStatusType.BlockDevice => "a block device",
        FileStatusType.Socket => "a socket",
        FileStatusType.Directory => "a directory",
        FileStatusType.SymbolicLink => "a symbolic link",
        _ => "a regular file",
    };

    /// <summary>The file a chain of symbolic links ends at (the path itself when it is not a link); the links stay.</summary>
    private static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;
    }
}
