using Microsoft.Win32.SafeHandles;

namespace ChannelConfig.Cli.Files;

/// <summary>
/// Gives a replacement file what the file it replaces had: owner and group (when the caller may
/// set them: root, or a group the caller belongs to), extended attributes (<c>user.*</c>, and the
/// ACLs kept in <c>system.posix_acl_access</c>/<c>_default</c>), then the mode. A setuid or setgid
/// bit is dropped when the owner or group could not be kept, so that no file becomes setuid to
/// someone else.
/// </summary>
internal static class KeptAttributes
{
    /// <summary>Copies <paramref name="original"/>'s attributes to the open replacement.</summary>
    /// <param name="replacement">The new file, still open.</param>
    /// <param name="original">The path of the file being replaced (for its extended attributes).</param>
    /// <param name="status">The original's status.</param>
    /// <param name="force">Write even when an extended attribute cannot be kept.</param>
    /// <exception cref="IOException">An extended attribute could not be kept and <paramref name="force"/> is false.</exception>
    public static void Copy(SafeFileHandle replacement, string original, FileStatus status, bool force)
    {
        var mine = NativeFiles.StatOpen(replacement);
        uint user = mine.User;
        uint group = mine.Group;
        if (status.User != mine.User || status.Group != mine.Group)
        {
            if (NativeFiles.TryChangeOwner(replacement, status.User, status.Group) == 0)
            {
                (user, group) = (status.User, status.Group);
            }
            else if (status.Group != mine.Group && NativeFiles.TryChangeOwner(replacement, uint.MaxValue, status.Group) == 0)
            {
                group = status.Group; // (uid_t)-1: the owner stays; the caller belongs to the group
            }
        }

        foreach (string name in NativeFiles.ListAttributes(original))
        {
            byte[] value = NativeFiles.GetAttribute(original, name);
            int errno = NativeFiles.TrySetAttribute(replacement, name, value);
            if (errno != 0 && !force)
            {
                throw new IOException(
                    $"cannot keep extended attribute '{name}' on the new file ({NativeFiles.Message(errno)}); "
                    + "the file is unchanged (--force writes it without the attribute)");
            }
        }

        var mode = status.Mode;
        if (user != status.User)
        {
            mode &= ~UnixFileMode.SetUser;
        }

        if (group != status.Group)
        {
            mode &= ~UnixFileMode.SetGroup;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(replacement, mode);
        }
    }
}
