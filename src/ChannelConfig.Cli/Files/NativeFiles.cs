using System.Runtime.InteropServices;

namespace ChannelConfig.Cli.Files;

/// <summary>
/// The Linux system calls that safe file replacement needs and .NET does not offer: <c>statx</c>
/// (an inode's identity, owner and type), <c>flock</c>, <c>fchown</c>, extended attributes, and
/// <c>open</c>/<c>fsync</c> of a directory. <c>statx</c>'s buffer has one layout on every
/// architecture, unlike <c>struct stat</c>.
/// </summary>
internal static unsafe partial class NativeFiles
{
    /// <summary>True where these calls exist (Linux); elsewhere writes fall back to what .NET alone can do.</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    private const string Libc = "libc";
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int ErrorInterrupted = 4;
    private const int ErrorRange = 34;

    /// <summary>Describes the file at <paramref name="path"/>, following symbolic links unless <paramref name="followLinks"/> is false.</summary>
    /// <returns>The status, or null with <paramref name="errno"/> set.</returns>
    public static FileStatus? Stat(string path, bool followLinks, out int errno)
    {
        byte* buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        errno = 0;
        return FileStatus.FromStatx(new ReadOnlySpan<byte>(buffer, 256));
    }

    /// <summary>
    /// Describes the file a name's bytes name (<see cref="ChannelConfig.Text.FileNameText.Encode"/>:
    /// a name that is not UTF-8 keeps its bytes), following symbolic links unless <paramref name="followLinks"/> is false.
    /// </summary>
    /// <returns>The status, or null with <paramref name="errno"/> set.</returns>
    public static FileStatus? Stat(ReadOnlySpan<byte> name, bool followLinks, out int errno)
    {
        byte[] native = new byte[name.Length + 1];
        name.CopyTo(native);
        byte* buffer = stackalloc byte[256];
        fixed (byte* path = native)
        {
            if (StatxName(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
            {
                errno = Marshal.GetLastPInvokeError();
                return null;
            }
        }

        errno = 0;
        return FileStatus.FromStatx(new ReadOnlySpan<byte>(buffer, 256));
    }

    /// <summary>Describes an open file.</summary>
    public static FileStatus StatOpen(SafeHandle handle)
    {
        byte* buffer = stackalloc byte[256];
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxBasicStats, buffer) != 0)
            {
                throw Failure("statx");
            }
        }
        finally
        {
            handle.DangerousRelease();
        }

        return FileStatus.FromStatx(new ReadOnlySpan<byte>(buffer, 256));
    }

    /// <summary>Opens a path for reading without blocking on a FIFO and without .NET's own advisory lock.</summary>
    /// <returns>The handle, or null with <paramref name="errno"/> set.</returns>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenForReading(string path, out int errno)
    {
        int fd;
        do
        {
            fd = Open(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec, 0);
            errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        while (fd < 0 && errno == ErrorInterrupted);

        return fd < 0 ? null : new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Waits for an exclusive <c>flock</c> on an open file.</summary>
    public static void LockExclusively(SafeHandle handle) => WithDescriptor(handle, fd =>
    {
        int result;
        do
        {
            result = Flock(fd, LockExclusive);
        }
        while (result != 0 && Marshal.GetLastPInvokeError() == ErrorInterrupted);

        return result;
    }, "flock");

    /// <summary>Changes an open file's owner and group; returns the error number, or 0.</summary>
    public static int TryChangeOwner(SafeHandle handle, uint user, uint group)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Fchown((int)handle.DangerousGetHandle(), user, group) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        finally
        {
            handle.DangerousRelease();
        }
    }

    /// <summary>The names of a file's extended attributes (ACLs are <c>system.posix_acl_*</c>); symbolic links are followed.</summary>
    public static List<string> ListAttributes(string path)
    {
        byte[] names = ReadSized("listxattr " + path, (buffer, size) => Listxattr(path, buffer, size));
        var list = new List<string>();
        int start = 0;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] == 0)
            {
                if (i > start)
                {
                    list.Add(System.Text.Encoding.UTF8.GetString(names, start, i - start));
                }

                start = i + 1;
            }
        }

        return list;
    }

    /// <summary>The value of one extended attribute of a file.</summary>
    public static byte[] GetAttribute(string path, string name) =>
        ReadSized("getxattr " + path, (buffer, size) => Getxattr(path, name, buffer, size));

    /// <summary>Sets one extended attribute of an open file; returns the error number, or 0.</summary>
    public static int TrySetAttribute(SafeHandle handle, string name, byte[] value)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            fixed (byte* data = value)
            {
                return Fsetxattr((int)handle.DangerousGetHandle(), name, data, (nuint)value.Length, 0) == 0 ? 0 : Marshal.GetLastPInvokeError();
            }
        }
        finally
        {
            handle.DangerousRelease();
        }
    }

    /// <summary>Flushes a directory's entries (a rename in it) to disk.</summary>
    public static void SyncDirectory(string directory)
    {
        int fd = Open(directory, OpenReadOnly | OpenCloseOnExec, 0);
        if (fd < 0)
        {
            throw Failure("open " + directory);
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                const int ErrorInvalid = 22; // a file system that cannot sync directories
                if (errno != ErrorInvalid)
                {
                    throw new IOException($"fsync of {directory} failed: {Marshal.GetPInvokeErrorMessage(errno)}");
                }
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>The process's umask (read from <c>/proc/self/status</c>; 022 when it cannot be).</summary>
    public static UnixFileMode Umask()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("Umask:", StringComparison.Ordinal))
                {
                    return (UnixFileMode)Convert.ToInt32(line[6..].Trim(), 8);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    }

    /// <summary>The message for an error number.</summary>
    public static string Message(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static IOException Failure(string call) => new($"{call} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");

    private static void WithDescriptor(SafeHandle handle, Func<int, int> call, string name)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (call((int)handle.DangerousGetHandle()) != 0)
            {
                throw Failure(name);
            }
        }
        finally
        {
            handle.DangerousRelease();
        }
    }

    private delegate nint SizedCall(byte* buffer, nuint size);

    private static byte[] ReadSized(string name, SizedCall call)
    {
        const int ErrorNotSupported = 95;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            nint size = call(null, 0);
            if (size < 0)
            {
                if (Marshal.GetLastPInvokeError() == ErrorNotSupported)
                {
                    return []; // a file system without extended attributes has none to keep
                }

                throw Failure(name);
            }

            byte[] value = new byte[size];
            fixed (byte* buffer = value)
            {
                nint read = call(buffer, (nuint)value.Length);
                if (read >= 0)
                {
                    return value.AsSpan(0, (int)read).ToArray();
                }

                if (Marshal.GetLastPInvokeError() != ErrorRange)
                {
                    throw Failure(name);
                }
            }
        }

        throw new IOException($"{name} failed: the attributes kept changing size");
    }

    [LibraryImport(Libc, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true)]
    private static partial int StatxName(int directory, byte* path, int flags, uint mask, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags, uint mode);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    [LibraryImport(Libc, EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport(Libc, EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport(Libc, EntryPoint = "fchown", SetLastError = true)]
    private static partial int Fchown(int fd, uint user, uint group);

    [LibraryImport(Libc, EntryPoint = "listxattr", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint Listxattr(string path, byte* list, nuint size);

    [LibraryImport(Libc, EntryPoint = "getxattr", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint Getxattr(string path, string name, byte* value, nuint size);

    [LibraryImport(Libc, EntryPoint = "fsetxattr", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Fsetxattr(int fd, string name, byte* value, nuint size, int flags);
}
