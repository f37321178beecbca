using System.Text;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// Hand-picked files where the recovery is decided inside lists and after values: the grammar and
/// the reader keep the same settings, and the grammar fails where xl reports its first error.
/// </summary>
public sealed class GrammarRecoveryTests
{
    [Theory]
    [InlineData("a = [1, [2 3]]\nb = 1\n")]
    [InlineData("a = [1, [2,\n 3 4]]\nb = 1\n")]
    [InlineData("a = [1,\n# c\n\n 2,\n]\nb = [\n]\n")]
    [InlineData("a = [1,,2]\nb = 2\n")]
    [InlineData("a = [,1]\nb = 2\n")]
    [InlineData("a = [1\nb = 2\n")]
    [InlineData("a = [1, [2, [3,\n\n]]]; b = [] ; c = 'x'")]
    [InlineData("a = 1 2\nb = 3\n")]
    [InlineData("a =\nb = 1\n")]
    [InlineData("= 1\nb = 2")]
    [InlineData("a += [1] ; a += 2\nb ] = 3\nc = \"d\" # e\n")]
    public void Grammar_and_reader_agree(string text)
    {
        var outcome = GrammarDifferential.Compare(Encoding.UTF8.GetBytes(text));
        Assert.True(outcome.Agrees, outcome.Describe());
    }
}
