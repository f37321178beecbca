using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Text;

/// <summary>A text joined only when asked for: the same characters as joining its parts at once.</summary>
public sealed class DeferredTextTests
{
    [Fact]
    public void Parts_join_in_order_as_a_concatenation_would()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            builder.Append("line ").Append(i).Append('\n'); // Many chunks.
        }

        var inner = DeferredText.Join("<", builder, ">");
        var text = DeferredText.Join("start\n", inner, string.Empty, DeferredText.Empty, "end\n");

        string expected = "start\n<" + builder + ">end\n";
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(expected, text.ToString());
        Assert.Same(text.ToString(), text.ToString());
        Assert.Equal("<" + builder + ">", inner.ToString());
    }

    [Fact]
    public void A_text_of_one_string_is_that_string()
    {
        const string line = "t.cfg:1: config parsing error near `$': lexical error\n";
        Assert.Same(line, DeferredText.Of(line).ToString());
        Assert.Same(DeferredText.Empty, DeferredText.Of(string.Empty));
        Assert.Equal(string.Empty, DeferredText.Join(new StringBuilder(), string.Empty).ToString());
    }

    [Fact]
    public void Only_strings_builders_and_deferred_texts_are_parts() =>
        Assert.Throws<ArgumentException>(() => DeferredText.Join("a", 1));
}
