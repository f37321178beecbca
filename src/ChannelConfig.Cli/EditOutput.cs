using ChannelConfig.Editing;

namespace ChannelConfig.Cli;

/// <summary>Shows an edit as a unified diff, or writes it in place atomically.</summary>
internal static class EditOutput
{
    /// <summary>Reports one file's edit; returns the exit code for it.</summary>
    public static int Emit(string path, EditResult result, bool inPlace, TextWriter stdout, TextWriter stderr)
    {
        if (!result.Succeeded)
        {
            stderr.WriteLine($"xlchan: {path}: {result.Error}");
            return ExitCodes.Findings;
        }

        if (!result.Changed)
        {
            return ExitCodes.Clean;
        }

        if (!inPlace)
        {
            stdout.Write(UnifiedDiff.Create(path, result.Original, result.Edits));
            return ExitCodes.Clean;
        }

        try
        {
            AtomicFile.Write(path, result.Edited!.Bytes.Span);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"xlchan: {path}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Clean;
    }
}
