using Microsoft.Win32.SafeHandles;

namespace ChannelConfig.Cli.Files;

/// <summary>
/// A file read for a read-modify-write edit under an exclusive <c>flock</c>, held until disposed,
/// so that concurrent <c>xlchan</c> edits of one file run one after another and none is lost.
/// A process that waited for the lock while another replaced the file (by rename) finds that its
/// path now names a new inode, and opens and locks that one instead.
/// </summary>
internal sealed class LockedFile : IDisposable
{
    private const int MaxReopens = 1000;
    private readonly SafeFileHandle? _handle;

    private LockedFile(SafeFileHandle? handle, byte[] bytes, FileStatus? status)
    {
        _handle = handle;
        Bytes = bytes;
        Status = status;
    }

    /// <summary>The file's content as read under the lock.</summary>
    public byte[] Bytes { get; }

    /// <summary>The file as it was read (null where <see cref="NativeFiles"/> is not supported).</summary>
    public FileStatus? Status { get; }

    /// <summary>Opens, locks and reads a regular file.</summary>
    /// <exception cref="IOException">It is missing, not a regular file, unreadable or too large; the message says which.</exception>
    public static LockedFile Open(string path)
    {
        if (!NativeFiles.IsSupported)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return new LockedFile(null, ReadAll(stream), null);
        }

        for (int attempt = 0; ; attempt++)
        {
            var handle = NativeFiles.OpenForReading(path, out int errno) ?? throw new IOException(Describe(errno));
            try
            {
                var status = NativeFiles.StatOpen(handle);
                if (status.Type != FileStatusType.Regular)
                {
                    throw new IOException(status.Type == FileStatusType.Directory
                        ? "is a directory"
                        : $"is {WriteTarget.Describe(status.Type)}, not a regular file: only regular files are edited in place");
                }

                NativeFiles.LockExclusively(handle);
                if (NativeFiles.Stat(path, followLinks: true, out _) is { } now && now.IsSameFile(status))
                {
                    byte[] bytes = ReadAll(handle, now.Size);
                    return new LockedFile(handle, bytes, NativeFiles.StatOpen(handle));
                }

                if (attempt >= MaxReopens)
                {
                    throw new IOException("keeps being replaced by other programs; try again later");
                }
            }
            catch
            {
                handle.Dispose();
                throw;
            }

            handle.Dispose(); // replaced while this process waited for the lock: lock the new file instead
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _handle?.Dispose();

    /// <summary>Reads the whole file through its handle (which stays open, holding the lock).</summary>
    private static byte[] ReadAll(SafeFileHandle handle, long sizeHint) =>
        BoundedRead.TryReadAll((buffer, offset) => RandomAccess.Read(handle, buffer, offset), sizeHint, InputFile.MaxInputBytes, out byte[] bytes)
            ? bytes
            : throw new IOException(InputFile.TooLarge);

    private static byte[] ReadAll(Stream stream) =>
        InputFile.TryReadAll(stream, out byte[] bytes) ? bytes : throw new IOException(InputFile.TooLarge);

    private static string Describe(int errno) => errno switch
    {
        2 => "no such file",
        13 => "permission denied",
        _ => NativeFiles.Message(errno),
    };
}
