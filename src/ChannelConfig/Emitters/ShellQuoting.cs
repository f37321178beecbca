namespace ChannelConfig.Emitters;

/// <summary>Quoting for POSIX shells, shared by every emitter that writes shell text.</summary>
public static class ShellQuoting
{
    /// <summary>Quotes a word: single quotes, with each <c>'</c> written as <c>'\''</c>; nothing inside is interpreted.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The quoted word.</returns>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
