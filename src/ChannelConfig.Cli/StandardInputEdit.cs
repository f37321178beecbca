using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>
/// <c>fix -</c> and <c>channel … -</c>: the file comes from standard input and the whole edited
/// file goes to standard output (a filter: <c>xlchan fix - &lt; a.cfg &gt; b.cfg</c>). When the edit
/// is refused nothing is printed on standard output, so a refusal never passes for a result.
/// </summary>
internal static class StandardInputEdit
{
    /// <summary>The file name that means standard input.</summary>
    public const string Marker = "-";

    /// <summary>What <c>--stdin-name</c> says.</summary>
    public const string NameDescription = "The name standard input (-) is reported under.";

    /// <summary>The name standard input has in messages when <c>--stdin-name</c> is not given.</summary>
    public const string DefaultName = "<stdin>";

    /// <summary>What is said of <c>--in-place</c> with <c>-</c>.</summary>
    public const string NoInPlace = "cannot edit standard input in place: with - the edited file is printed on standard output; drop --in-place";

    /// <summary>Reads standard input whole.</summary>
    /// <param name="name">The name in messages.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="stderr">Where a failure is reported.</param>
    /// <param name="source">The input.</param>
    /// <returns>False when the input was too large.</returns>
    public static bool TryRead(string name, Func<Stream> stdin, TextWriter stderr, out SourceText source)
    {
        source = null!;
        if (!InputFile.TryReadAll(stdin(), out byte[] bytes))
        {
            stderr.WriteLine(ErrorLines.ForFile(name, InputFile.TooLarge));
            return false;
        }

        source = new SourceText(name, bytes);
        return true;
    }

    /// <summary>Edits standard input and prints the whole edited file (unchanged when there is nothing to change).</summary>
    /// <param name="name">The name in messages.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="edit">Makes the edit.</param>
    /// <param name="stdout">Where the edited file goes.</param>
    /// <param name="stderr">Where a refusal is reported.</param>
    /// <param name="result">The edit, when the input could be read.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string name, Func<Stream> stdin, Func<SourceText, EditResult> edit, TextWriter stdout, TextWriter stderr, out EditResult? result)
    {
        result = null;
        if (!TryRead(name, stdin, stderr, out var source))
        {
            return ExitCodes.UsageOrIo;
        }

        result = edit(source);
        if (!result.Succeeded)
        {
            stderr.WriteLine(ErrorLines.ForFile(name, result.Error!));
            return ExitCodes.Findings;
        }

        RawOutput.Write(stdout, (result.Edited ?? source).Bytes.Span);
        return ExitCodes.Clean;
    }
}
