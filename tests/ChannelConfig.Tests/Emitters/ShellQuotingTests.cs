using System.Diagnostics;
using ChannelConfig.Emitters;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Emitters;

/// <summary>
/// The shell-quoting home (issue 22, item 9): no unsafe character is written raw (only a newline
/// ending a word, inside single quotes), and a real shell turns every quoted word back into its
/// exact bytes: <c>Quote</c> under /bin/sh (dash on Debian, which has no <c>$'…'</c>), and
/// <c>QuoteOnOneLine</c> under bash.
/// </summary>
public sealed class ShellQuotingTests
{
    private static readonly string[] Words =
    [
        "plain",
        string.Empty,
        "it's",
        "\u001b[2J",
        "\u001b]0;owned\u0007",
        "a\nb",
        "a\n\nb\n",
        "\n",
        "x\n\n",
        "\r\t\u0001\u001f\u007f",
        "\u009b31m\u0085",
        "ab\u202ec\u2066d\u2069\u200e\u200f\u061c",
        "\u2028\u2029",
        "caf\u00e9 \U0001F600 $(touch pwned) `id` \"q\" \\",
        "'\n'\u001b'",
        "c\udcff.cfg",
    ];

    [Fact]
    public void Quote_writes_no_unsafe_character_but_a_final_newline()
    {
        foreach (string word in Words)
        {
            string quoted = ShellQuoting.Quote(word);
            Assert.False(PrintableText.ContainsUnsafe(quoted.TrimEnd('\'').TrimEnd('\n')), quoted);
            Assert.False(PrintableText.ContainsUnsafe(ShellQuoting.QuoteOnOneLine(word)), ShellQuoting.QuoteOnOneLine(word));
        }
    }

    [Fact]
    public void Sh_reads_each_quoted_word_back_byte_for_byte()
    {
        Assert.SkipUnless(File.Exists("/bin/sh"), "needs /bin/sh");
        string script = string.Concat(Words.Select(w => "printf '%s\\0' " + ShellQuoting.Quote(w) + "\n"));
        AssertWords("/bin/sh", script);
    }

    [Fact]
    public void Bash_reads_each_one_line_word_back_byte_for_byte()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "needs bash");
        string script = string.Concat(Words.Select(w => "printf '%s\\0' " + ShellQuoting.QuoteOnOneLine(w) + "\n"));
        Assert.Equal(Words.Length, script.Count(c => c == '\n'));
        AssertWords("/bin/bash", script);
    }

    private static void AssertWords(string shell, string script)
    {
        var start = new ProcessStartInfo(shell) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        var expected = Words.SelectMany(w => FileNameText.Encode(w).Append((byte)0)).ToArray();
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(output.ToArray()));
    }
}
