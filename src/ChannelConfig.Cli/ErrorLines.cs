using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>
/// The lines xlchan prints on standard error, each through the printable-text rule
/// (<see cref="PrintableText"/>): no file name, value or system message can put a control
/// character, a second line (a forged <c>::error</c> or <c>::stop-commands::</c> workflow command)
/// or a bidirectional override on a terminal or in a CI log.
/// </summary>
internal static class ErrorLines
{
    /// <summary><c>xlchan: MESSAGE</c>.</summary>
    /// <param name="message">The message (it may quote what the user typed).</param>
    /// <returns>The line, without a newline.</returns>
    public static string Of(string message) => "xlchan: " + PrintableText.Text(message);

    /// <summary><c>xlchan: PATH: MESSAGE</c>, the path in double quotes with C escapes when it is not plain (<see cref="PrintableText.Path"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="message">What went wrong (it may be a system message that repeats the path).</param>
    /// <returns>The line, without a newline.</returns>
    public static string ForFile(string path, string message) => "xlchan: " + PrintableText.Path(path) + ": " + PrintableText.Text(message);
}
