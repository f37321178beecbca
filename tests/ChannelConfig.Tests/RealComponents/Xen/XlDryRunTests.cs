namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// The real xl 4.17 (<c>xl -N create</c>, under the shim) as the oracle for xlchan's model of xl:
/// the same exit status, the same text on standard error, and the same <c>"channels"</c> member
/// of the domain config JSON as <c>xlchan dump -f libxl-json --xen 4.17</c>.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
[Collection(XenChecks.Name)]
public sealed class XlDryRunTests(ShimmedXenstore xen)
{
    /// <summary>The generated cases xl 4.17 can judge (not those read as other releases).</summary>
    public static TheoryData<string> Cases => XenCases.Ids(c => !c.Options.Contains("--xen") || c.Options.Contains("4.17"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Xl_exits_prints_and_builds_the_channels_as_xlchan_says(string id)
    {
        xen.RequireRunning();
        var c = XenCases.Get(id);
        string path = c.WriteTo(xen.Directory);
        var real = XlDryRun.Real(xen, path);
        var ours = XlchanVerdict.Of(path, c.Options);
        AssertSame(real, ours);
    }

    [Theory]
    [InlineData("channel = [ \"connection=pty, name=a\", \"\" ]\n")]
    [InlineData("channel = [ \"name=a\" ]\n")]
    [InlineData("channel = [ \"connection=file, name=a\" ]\n")]
    [InlineData("channel = [ \"connection=pty, name=a, devid=3\" ]\n")]
    [InlineData("channel = [ \"connection=socket, name=a\" ]\n")]
    [InlineData("channel = [ \"connection=pty, name=<ESC>[31m<E-ACUTE>\" ]\n")]
    [InlineData("channel = [ \"connection=pty, name=\\a\\b\\f\\v\" ]\n")]
    [InlineData("channel = [ \"connection=pty, name=<DEL><NEL><LINE-SEPARATOR><NBSP>\" ]\n")]
    [InlineData("channel = \"connection=pty, name=a\"\n")]
    [InlineData("channel = [ \"connection=pty, name=a\" \n")]
    [InlineData("channel = [ 'connection=pty, name=a', [ \"x\" ] ]\n")]
    [InlineData("channel = [ \"connection=pty, name=a\\x41\" ]\n")]
    [InlineData("channel = [ \"connection=pty, name=a,,, backend=Domain-0 \" ]\n")]
    public void Xl_agrees_on_edge_cases(string channelSetting)
    {
        xen.RequireRunning();
        string path = Path.Combine(xen.Directory, "edge.cfg");
        File.WriteAllText(path, "name = \"edge\"\nkernel = \"/boot/vmlinuz\"\n" + channelSetting.Replace("<ESC>", "\u001b", StringComparison.Ordinal).Replace("<E-ACUTE>", "\u00e9", StringComparison.Ordinal)
            .Replace("<DEL>", "\u007f", StringComparison.Ordinal).Replace("<NEL>", "\u0085", StringComparison.Ordinal)
            .Replace("<LINE-SEPARATOR>", "\u2028", StringComparison.Ordinal).Replace("<NBSP>", "\u00a0", StringComparison.Ordinal));
        var real = XlDryRun.Real(xen, path);
        var ours = XlchanVerdict.Of(path, []);
        AssertSame(real, ours);
    }

    [Fact]
    public void The_one_deliberate_difference_is_that_unsafe_characters_are_escaped()
    {
        xen.RequireRunning();
        string path = Path.Combine(xen.Directory, "del.cfg");
        File.WriteAllText(path, "name = \"del\"\nkernel = \"/boot/vmlinuz\"\nchannel = [ \"connection=pty, name=a\u007fb\" ]\n");
        var real = XlDryRun.Real(xen, path);
        var ours = XlchanVerdict.Of(path, []);
        Assert.Contains("\"name\": \"a\u007fb\"", real.Channels, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"a\\u007Fb\"", ours.Channels, StringComparison.Ordinal);
        AssertSame(real, ours);
    }

    private static void AssertSame(XlDryRun real, XlDryRun ours)
    {
        Assert.Equal(real.Exit, ours.Exit);
        Assert.Equal(real.Stderr, ours.Stderr);
        var (realChannels, ourChannels) = DeliberateDifference.Fold(real.Channels, ours.Channels);
        Assert.Equal(realChannels, ourChannels);
    }
}
