using System.Text;

namespace ChannelConfig.Cli.Files;

/// <summary>What else an atomic write checks and allows.</summary>
/// <param name="Force">Write even when an extended attribute (an ACL, say) cannot be kept on the new file.</param>
/// <param name="Expected">The file as it was read for an edit: when the target is no longer that inode with that size and modification time, nothing is written.</param>
/// <param name="AllowStreams">Write through to a FIFO or character device instead of refusing it (for <c>dump -o</c>).</param>
internal sealed record AtomicWriteOptions(bool Force = false, FileStatus? Expected = null, bool AllowStreams = false);

/// <summary>
/// Writes a file as <c>sed -i</c> and renameio do, so that readers see either the old content or
/// the whole new content: a temporary file beside the target, mode 0600 from its creation, is
/// filled, given the target's owner, group, extended attributes (ACLs) and mode, flushed to disk,
/// renamed over the target, and the directory is flushed. A symbolic link is followed (its final
/// target is replaced; the link stays). See <see cref="WriteTarget.Resolve"/> for what is refused.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (encoded as it is written, never copied whole).</summary>
    public static void Write(string path, string text, AtomicWriteOptions? options = null) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
            writer.Write(text);
        }, options);

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    public static void Write(string path, ReadOnlyMemory<byte> bytes, AtomicWriteOptions? options = null) =>
        Write(path, stream => stream.Write(bytes.Span), options);

    /// <summary>Writes what <paramref name="write"/> writes to the stream it is given (so an output can be streamed, never held whole).</summary>
    /// <exception cref="IOException">The file could not be written (the message says why); the target is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied; the target is as it was.</exception>
    public static void Write(string path, Action<Stream> write, AtomicWriteOptions? options = null)
    {
        options ??= new AtomicWriteOptions();
        var target = WriteTarget.Resolve(path, options.AllowStreams);
        if (options.Expected is { } expected && (target.Status is not { } now || !now.IsUnchangedSince(expected)))
        {
            throw ChangedWhileEditing();
        }

        if (target.Kind == WriteTargetKind.WriteThrough)
        {
            using var stream = new FileStream(target.Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 65536);
            write(stream);
            return;
        }

        string directory = Path.GetDirectoryName(target.Path)!;
        using var temp = TemporaryFile.Create(directory, Path.GetFileName(target.Path));
        try
        {
            write(temp.Stream);
            temp.Stream.Flush();
        }
        catch (IOException e)
        {
            throw NotWritten(e);
        }

        var handle = temp.Stream.SafeFileHandle;
        if (target.Kind == WriteTargetKind.Replace && target.Status is { } status)
        {
            KeptAttributes.Copy(handle, target.Path, status, options.Force);
        }
        else if (target.Kind == WriteTargetKind.Replace && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(handle, File.GetUnixFileMode(target.Path));
        }
        else if (!OperatingSystem.IsWindows())
        {
            // A new file gets the mode any program creating it would (0666 less the umask), once its content is in place.
            const UnixFileMode ReadWriteAll = (UnixFileMode)0b110_110_110;
            File.SetUnixFileMode(handle, ReadWriteAll & ~NativeFiles.Umask());
        }

        try
        {
            temp.Stream.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            throw NotWritten(e);
        }

        if (options.Expected is { } read && NativeFiles.IsSupported
            && (NativeFiles.Stat(target.Path, followLinks: true, out _) is not { } current || !current.IsUnchangedSince(read)))
        {
            throw ChangedWhileEditing();
        }

        temp.RenameOver(target.Path);
        if (NativeFiles.IsSupported)
        {
            NativeFiles.SyncDirectory(directory);
        }
    }

    /// <summary>A failure to fill the temporary file, said without its name (it is removed): the target is as it was.</summary>
    private static IOException NotWritten(IOException e)
    {
        string reason = e.Message;
        int path = reason.IndexOf(" : '", StringComparison.Ordinal);
        return new IOException($"{(path > 0 ? reason[..path] : reason)}; nothing was written, the file is as it was", e);
    }

    private static IOException ChangedWhileEditing() =>
        new("changed while it was being edited (another program wrote it); it is left as that program wrote it: run the command again");
}
