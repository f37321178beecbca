using System.Runtime.InteropServices;
using System.Text;
using ChannelConfig.Text;
using Microsoft.Win32.SafeHandles;

namespace ChannelConfig.Cli;

/// <summary>
/// File names as Linux keeps them: bytes, not always UTF-8. .NET turns each byte that is not UTF-8
/// into U+FFFD, in <c>args</c> and in <c>Directory.EnumerateFiles</c> alike, and then opens the
/// UTF-8 of U+FFFD instead: such a file is "not found", or worse, another file is read in its
/// place. Here names are carried as <see cref="FileNameText"/> strings (a byte that is not UTF-8
/// as U+DC80–U+DCFF) and given to the system as their real bytes. Linux on 64-bit processors only;
/// elsewhere .NET's own behaviour is kept.
/// </summary>
internal static partial class LinuxFileNames
{
    private const int OpenReadOnly = 0;
    private const int OpenCloseOnExec = 0x80000;

    // struct dirent on 64-bit Linux (glibc and musl): d_ino (8 bytes), d_off (8), d_reclen (2),
    // d_type (1), then d_name, NUL-terminated.
    private const int DirentTypeOffset = 18;
    private const int DirentNameOffset = 19;

    /// <summary>True where names can be handled as bytes.</summary>
    public static bool Supported => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>
    /// The command line's arguments with their real bytes: .NET has already decoded them, turning
    /// bytes that are not UTF-8 into U+FFFD; those arguments are read again from
    /// <c>/proc/self/cmdline</c> (its last entries are the arguments, after the host's own) and
    /// decoded as <see cref="FileNameText"/> strings. Arguments are left as they are when they do
    /// not line up with what the kernel holds.
    /// </summary>
    /// <param name="args">The arguments .NET gave <c>Main</c>.</param>
    /// <returns>The arguments, with each one's bytes kept.</returns>
    public static string[] RecoverArguments(string[] args)
    {
        if (!Supported || !args.Any(a => a.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return args;
        }

        try
        {
            byte[] cmdline = File.ReadAllBytes("/proc/self/cmdline");
            var entries = new List<byte[]>();
            int start = 0;
            for (int i = 0; i < cmdline.Length; i++)
            {
                if (cmdline[i] == 0)
                {
                    entries.Add(cmdline[start..i]);
                    start = i + 1;
                }
            }

            if (entries.Count < args.Length)
            {
                return args;
            }

            var tail = entries[^args.Length..];
            for (int i = 0; i < args.Length; i++)
            {
                if (Encoding.UTF8.GetString(tail[i]) != args[i])
                {
                    return args;
                }
            }

            return [.. tail.Select(bytes => FileNameText.Decode(bytes))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return args;
        }
    }

    /// <summary>Opens a file for reading by its name's real bytes.</summary>
    /// <param name="path">The path (a <see cref="FileNameText"/> string).</param>
    /// <param name="handle">The open file.</param>
    /// <param name="error">Why it could not be opened, as a message.</param>
    /// <returns>True when the file is open.</returns>
    public static bool TryOpenRead(string path, out SafeFileHandle handle, out string error)
    {
        int fd = Open(NulTerminated(path), OpenReadOnly | OpenCloseOnExec);
        if (fd < 0)
        {
            handle = null!;
            error = Describe(Marshal.GetLastPInvokeError());
            return false;
        }

        handle = new SafeFileHandle(fd, ownsHandle: true);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// The entries of a directory, by their real bytes (as <see cref="FileNameText"/> strings), without
    /// <c>.</c> and <c>..</c>, in the order the system gives them. This is the listing a directory
    /// walk must use for names that are not UTF-8: <c>Directory.EnumerateFiles</c> cannot give them.
    /// </summary>
    /// <param name="directory">The directory (a <see cref="FileNameText"/> string).</param>
    /// <returns>Each entry's name and what the directory says it is (<see cref="FileKind.Unknown"/> when it does not say, or for a symbolic link; ask <see cref="FileKinds.Of"/>).</returns>
    /// <exception cref="IOException">The directory cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static unsafe List<(string Name, FileKind Kind)> ReadDirectory(string directory)
    {
        nint dir = OpenDirectory(NulTerminated(directory));
        if (dir == 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            string message = Describe(errno);
            throw errno is 1 or 13 ? new UnauthorizedAccessException(message) : new IOException(message);
        }

        try
        {
            var entries = new List<(string, FileKind)>();
            nint entry;
            while ((entry = ReadDirectoryEntry(dir)) != 0)
            {
                byte* name = (byte*)entry + DirentNameOffset;
                var bytes = new ReadOnlySpan<byte>(name, MemoryMarshal.CreateReadOnlySpanFromNullTerminated(name).Length);
                if (bytes.SequenceEqual("."u8) || bytes.SequenceEqual(".."u8))
                {
                    continue;
                }

                var kind = ((byte*)entry)[DirentTypeOffset] switch
                {
                    4 => FileKind.Directory,
                    8 => FileKind.Regular,
                    1 or 2 or 6 or 12 => FileKind.Special,
                    _ => FileKind.Unknown,
                };
                entries.Add((FileNameText.Decode(bytes), kind));
            }

            return entries;
        }
        finally
        {
            _ = CloseDirectory(dir);
        }
    }

    private static byte[] NulTerminated(string path)
    {
        byte[] bytes = FileNameText.Encode(path);
        Array.Resize(ref bytes, bytes.Length + 1);
        return bytes;
    }

    private static string Describe(int errno) => errno switch
    {
        2 or 20 => "no such file",
        1 or 13 => "permission denied",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial nint OpenDirectory(byte[] path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDirectoryEntry(nint dir);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(nint dir);
}
