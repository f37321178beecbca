using System.Text;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Grammar;

/// <summary>The grammar's depth guard: deep lists stop the derivation cleanly instead of exhausting the stack.</summary>
public sealed class GrammarDepthTests
{
    [Fact]
    public void Lists_up_to_the_depth_limit_are_derived_and_agree_with_the_reader()
    {
        int depth = XlCfgGrammar.MaxDepth;
        var outcome = GrammarDifferential.Compare(Nested(depth));
        Assert.True(outcome.Modelled);
        Assert.True(outcome.Agrees, outcome.Describe());
        Assert.Equal(2, outcome.Settings);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public void Deeper_lists_stop_the_grammar_and_are_not_modelled(int depth)
    {
        var file = XlCfgGrammar.Parse(XlTokens.Scan(new SourceText("d.cfg", Nested(depth))));
        Assert.True(file.TooDeep);
        Assert.False(GrammarDifferential.Compare(Nested(depth)).Modelled);
    }

    /// <summary><c>a = [[…[1]…]]</c> with <paramref name="depth"/> levels, then <c>b = 2</c>.</summary>
    private static byte[] Nested(int depth) =>
        Encoding.ASCII.GetBytes("a = " + new string('[', depth) + "1" + new string(']', depth) + "\nb = 2\n");
}
