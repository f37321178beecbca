using ChannelConfig.Channels;

namespace ChannelConfig.Tests.Channels;

/// <summary><see cref="DomainTable.TryParse"/>: one running domain written <c>NAME=ID</c>.</summary>
public sealed class DomainTableParseTests
{
    [Theory]
    [InlineData("driver-dom=5", "driver-dom", 5u)]
    [InlineData("a=b=7", "a=b", 7u)]
    [InlineData("x=0", "x", 0u)]
    [InlineData("x=4294967295", "x", uint.MaxValue)]
    public void Name_is_before_the_last_equals_sign_and_id_after_it(string text, string name, uint domid)
    {
        Assert.True(DomainTable.TryParse(text, out string parsedName, out uint parsedDomid));
        Assert.Equal((name, domid), (parsedName, parsedDomid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("driver")]
    [InlineData("=5")]
    [InlineData("driver=")]
    [InlineData("driver=-1")]
    [InlineData("driver=+1")]
    [InlineData("driver= 5")]
    [InlineData("driver=5x")]
    [InlineData("driver=4294967296")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(DomainTable.TryParse(text, out _, out _));
    }
}
