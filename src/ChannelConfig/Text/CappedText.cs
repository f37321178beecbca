using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// Text written line by line up to a number of characters, as xl's messages are kept: once a line
/// does not fit, it and every later line are dropped, and <see cref="Note"/> says so. Lines are
/// written straight into one builder and copied out only when a caller wants one (a file of
/// errors makes a line for each, and most are never shown on their own).
/// </summary>
internal sealed class CappedText
{
    /// <summary>The most characters xl's messages keep, for the reader's part and for the channels' part.</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>What is printed in place of what was dropped.</summary>
    public const string Note = "(xl's messages for this file exceed 4 MiB; the rest are not kept)\n";

    private readonly int _maxChars;

    /// <summary>Starts empty.</summary>
    /// <param name="maxChars">The most characters kept.</param>
    public CappedText(int maxChars) => _maxChars = maxChars;

    /// <summary>The text so far. Append to it only between <see cref="BeginLine"/> and <see cref="EndLine"/>, and not at all once it is given to a <see cref="DeferredText"/>.</summary>
    public StringBuilder Builder { get; } = new();

    /// <summary>True once a line was dropped.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Starts a line: the caller appends its text to <see cref="Builder"/>.</summary>
    /// <returns>Where the line starts, for <see cref="EndLine"/>.</returns>
    public int BeginLine() => Builder.Length;

    /// <summary>Ends a line: keeps it with a newline if it fits and nothing was dropped before, else drops it.</summary>
    /// <param name="start">What <see cref="BeginLine"/> returned.</param>
    /// <param name="wantLine">Whether to return the line's text.</param>
    /// <param name="newline">Whether the line ends with a newline.</param>
    /// <returns>The line without its newline (also when dropped), or null when not wanted.</returns>
    public string? EndLine(int start, bool wantLine, bool newline = true)
    {
        string? line = wantLine ? Builder.ToString(start, Builder.Length - start) : null;
        if (Truncated || Builder.Length + 1 > _maxChars)
        {
            Builder.Length = start;
            Truncated = true;
        }
        else if (newline)
        {
            Builder.Append('\n');
        }

        return line;
    }
}
