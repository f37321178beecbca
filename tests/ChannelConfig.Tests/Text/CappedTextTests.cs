using ChannelConfig.Text;

namespace ChannelConfig.Tests.Text;

/// <summary>Lines kept up to a number of characters: the first line that does not fit, and every line after it, is dropped.</summary>
public sealed class CappedTextTests
{
    [Fact]
    public void Lines_are_kept_with_newlines_until_one_does_not_fit()
    {
        var text = new CappedText(12);
        Assert.Equal("abcde", Write(text, "abcde", wantLine: true));
        Assert.Null(Write(text, "fgh", wantLine: false));
        Assert.Equal("abcde\nfgh\n", text.Builder.ToString());
        Assert.False(text.Truncated);

        Assert.Equal("ij", Write(text, "ij", wantLine: true)); // 10 + 2 + 1 > 12: dropped, still returned.
        Assert.True(text.Truncated);
        Write(text, string.Empty, wantLine: false); // Would fit, but the rest is not kept.
        Assert.Equal("abcde\nfgh\n", text.Builder.ToString());
    }

    [Fact]
    public void A_line_can_end_without_a_newline()
    {
        var text = new CappedText(100);
        int start = text.BeginLine();
        text.Builder.Append("no newline");
        text.EndLine(start, wantLine: false, newline: false);
        Assert.Equal("no newline", text.Builder.ToString());
    }

    private static string? Write(CappedText text, string line, bool wantLine)
    {
        int start = text.BeginLine();
        text.Builder.Append(line);
        return text.EndLine(start, wantLine);
    }
}
