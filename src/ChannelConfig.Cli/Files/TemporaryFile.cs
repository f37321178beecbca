using System.Runtime.InteropServices;

namespace ChannelConfig.Cli.Files;

/// <summary>
/// A temporary file beside the file it will replace: created mode 0600 (nobody else can read what
/// is written into it, whatever the umask), named from the process id and a counter (no random
/// source is needed, so a chroot without <c>/dev/urandom</c> works; <c>O_EXCL</c> skips names
/// already taken), and deleted when the process is stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT
/// before it is renamed into place.
/// </summary>
internal sealed class TemporaryFile : IDisposable
{
    private const int MaxAttempts = 10_000;
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal);
    private static List<PosixSignalRegistration>? _signals;
    private static int _counter;

    private TemporaryFile(string path, FileStream stream)
    {
        Path = path;
        Stream = stream;
    }

    /// <summary>The temporary file's path.</summary>
    public string Path { get; }

    /// <summary>The open file, for writing.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates a new temporary file in <paramref name="directory"/> for <paramref name="targetName"/>.</summary>
    /// <exception cref="IOException">No file could be created there.</exception>
    public static TemporaryFile Create(string directory, string targetName)
    {
        WatchSignals();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        string stem = Stem(targetName);
        for (int attempt = 0; ; attempt++)
        {
            string path = System.IO.Path.Combine(directory, $".{stem}.xlchan-{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}.tmp");
            lock (Gate)
            {
                try
                {
                    var stream = new FileStream(path, options);
                    Pending.Add(path);
                    return new TemporaryFile(path, stream);
                }
                catch (IOException) when (attempt < MaxAttempts && Exists(path))
                {
                    // Taken (left by an earlier process with this id, or made by someone else): try the next name.
                }
                catch (DirectoryNotFoundException)
                {
                    throw new IOException($"cannot create a file in {directory}: no such directory");
                }
                catch (UnauthorizedAccessException)
                {
                    throw new IOException($"cannot create a file in {directory}: permission denied (the file is replaced by a new one beside it, so its directory must be writable)");
                }
                catch (IOException e) when (e is not FileNotFoundException)
                {
                    throw new IOException($"cannot create a file in {directory}: {WithoutPath(e.Message)}", e);
                }
                catch (FileNotFoundException)
                {
                    throw new IOException($"cannot create a file in {directory}: it does not take new files");
                }
            }
        }
    }

    /// <summary>Renames the file over <paramref name="target"/>; from then on it is no longer removed.</summary>
    public void RenameOver(string target)
    {
        Stream.Dispose();
        lock (Gate)
        {
            File.Move(Path, target, overwrite: true);
            Pending.Remove(Path);
        }
    }

    /// <summary>Closes and deletes the file unless it was renamed into place.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        lock (Gate)
        {
            if (Pending.Remove(Path))
            {
                TryDelete(Path);
            }
        }
    }

    /// <summary>The target's name, shortened to at most 200 UTF-8 bytes so that the temporary name stays within NAME_MAX (255 bytes).</summary>
    private static string Stem(string name)
    {
        const int MaxBytes = 200;
        int length = name.Length;
        while (System.Text.Encoding.UTF8.GetByteCount(name.AsSpan(0, length)) > MaxBytes)
        {
            length--;
            if (length > 0 && char.IsHighSurrogate(name[length - 1]))
            {
                length--; // never split a surrogate pair
            }
        }

        return name[..length];
    }

    /// <summary>.NET's message for a failed open, without the temporary name it ends with (the name means nothing to the user).</summary>
    private static string WithoutPath(string message)
    {
        int path = message.IndexOf(" : '", StringComparison.Ordinal);
        return path > 0 ? message[..path] : message;
    }

    private static bool Exists(string path) =>
        NativeFiles.IsSupported ? NativeFiles.Stat(path, followLinks: false, out _) is not null : File.Exists(path) || Directory.Exists(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void WatchSignals()
    {
        lock (Gate)
        {
            if (_signals is not null || OperatingSystem.IsWindows() || OperatingSystem.IsBrowser() || OperatingSystem.IsWasi())
            {
                return;
            }

            _signals = [];
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
            {
                _signals.Add(PosixSignalRegistration.Create(signal, RemovePending));
            }
        }
    }

    /// <summary>On a stop signal: delete every temporary file not yet renamed, then let the signal end the process as usual.</summary>
    private static void RemovePending(PosixSignalContext context)
    {
        lock (Gate)
        {
            foreach (string path in Pending)
            {
                TryDelete(path);
            }

            Pending.Clear();
        }
    }
}
