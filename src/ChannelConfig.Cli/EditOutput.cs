using ChannelConfig.Cli.Files;
using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>Shows an edit as a unified diff, or makes it in place under a lock and writes it atomically.</summary>
internal static class EditOutput
{
    /// <summary>Prints one file's edit as a unified diff (its bytes exactly, so that <c>patch</c> applies it); returns the exit code for it.</summary>
    public static int Diff(string path, EditResult result, TextWriter stdout, TextWriter stderr)
    {
        if (!result.Succeeded)
        {
            stderr.WriteLine(ErrorLines.ForFile(path, result.Error!));
            return ExitCodes.Findings;
        }

        if (result.Changed)
        {
            RawOutput.Write(stdout, output => UnifiedDiff.Write(output, path, result.Original, result.Edits));
        }

        return ExitCodes.Clean;
    }

    /// <summary>
    /// Edits a file in place: reads it under an exclusive lock (concurrent edits wait their turn),
    /// makes the edit, and replaces the file atomically unless it changed since it was read.
    /// </summary>
    /// <param name="path">The file, as given.</param>
    /// <param name="edit">Makes the edit from the file's content.</param>
    /// <param name="force">Write even when an extended attribute cannot be kept.</param>
    /// <param name="stderr">Where failures are reported.</param>
    /// <param name="result">The edit, when the file could be read.</param>
    /// <returns>The exit code for this file.</returns>
    public static int InPlace(string path, Func<SourceText, EditResult> edit, bool force, TextWriter stderr, out EditResult? result)
    {
        result = null;
        try
        {
            using var file = LockedFile.Open(path);
            result = edit(new SourceText(path, file.Bytes));
            if (!result.Succeeded)
            {
                stderr.WriteLine(ErrorLines.ForFile(path, result.Error!));
                return ExitCodes.Findings;
            }

            if (result.Changed)
            {
                AtomicFile.Write(path, result.Edited!.Bytes, new AtomicWriteOptions(force, file.Status));
            }

            return ExitCodes.Clean;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(ErrorLines.ForFile(path, e is UnauthorizedAccessException ? "permission denied" : e.Message));
            return ExitCodes.UsageOrIo;
        }
    }
}
