using System.Text.RegularExpressions;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Names and values built to forge output: newlines followed by GitHub workflow commands
/// (<c>::stop-commands::</c>, <c>::error file=README.md…</c>), CR, ESC sequences (clear screen,
/// OSC window title), CSI as U+009B, BEL, other C0 controls and DEL, GitHub's own <c>%0A</c>, the
/// bidirectional overrides of "Trojan source" attacks, U+2028/U+2029 and NEL; and the check every
/// output stream must pass.
/// </summary>
internal static partial class HostileOutputCorpus
{
    /// <summary>Each hostile piece (no NUL, no <c>/</c>, so each can also be a file name).</summary>
    public static readonly string[] Pieces =
    [
        "\n::stop-commands::tok\n::error file=README.md,line=1::FORGED\n",
        "\r::warning::CR",
        "\u001b[2J",
        "\u009b31m",
        "\u001b]0;owned\u0007",
        "\u0001\u0008\u000b\u000c\u001f\u007f",
        "%0A::error::percent",
        "\u202e",
        "\u2066\u2069",
        "\u200e\u200f\u061c",
        "\u2028",
        "\u2029",
        "\u0085",
    ];

    /// <summary>All the pieces in one string, between ordinary characters.</summary>
    public static string All => "x" + string.Join("y", Pieces) + "z";

    /// <summary>
    /// Fails when a stream holds a raw unsafe character (anything but the newlines that end lines),
    /// or a line a CI runner would take for a workflow command that xlchan did not mean to print.
    /// </summary>
    /// <param name="what">The command and stream, for the message.</param>
    /// <param name="text">What was printed.</param>
    /// <param name="annotations">True for <c>lint --format github</c>, whose own lines are workflow commands.</param>
    public static void AssertCannotForge(string what, string text, bool annotations = false)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // The message (which quotes the whole text) is made only on failure: made for every
            // character it made this check quadratic, over a minute for the SARIF outputs.
            if (text[i] != '\n' && IsUnsafeAt(text, i))
            {
                Assert.Fail($"{what}: raw U+{(int)text[i]:X4} at offset {i} in:\n{text}");
            }
        }

        foreach (string line in text.Split('\n'))
        {
            if (annotations && AnnotationLine().Match(line) is { Success: true } annotation)
            {
                Assert.NotEqual("README.md", annotation.Groups["file"].Value);
                continue;
            }

            if (line.StartsWith("::", StringComparison.Ordinal))
            {
                Assert.Fail($"{what}: a forged workflow command line `{line}` in:\n{text}");
            }

            if (line.StartsWith("%0A", StringComparison.Ordinal))
            {
                Assert.Fail($"{what}: a line starting with %0A in:\n{text}");
            }
        }
    }

    /// <summary>
    /// The test's own statement of what may never appear raw (independent of the library's rule):
    /// C0 and C1 controls, DEL, U+2028/U+2029, the bidirectional controls and lone surrogates.
    /// </summary>
    private static bool IsUnsafeAt(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c < ' ' || c is (>= '\x7f' and <= '\x9f') or '\u2028' or '\u2029' or '\u061c' or '\u200e' or '\u200f'
            || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
    }

    [GeneratedRegex("^::(error|warning|notice) file=(?<file>[^:,]*),line=[0-9]+,col=[0-9]+,endLine=[0-9]+,endColumn=[0-9]+,title=XLC[0-9]{4} [^:]*::")]
    private static partial Regex AnnotationLine();
}
