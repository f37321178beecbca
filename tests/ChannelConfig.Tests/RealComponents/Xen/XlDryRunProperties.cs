using System.Diagnostics;
using ChannelConfig.Tests.Properties;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// Generated files (channel settings of every shape, hostile bytes, token soups) through the real
/// xl 4.17 and through xlchan: the same exit status, standard error and channels JSON, the known
/// differences (<see cref="DeliberateDifference"/>) folded away. A mismatch is shrunk to the fewest bytes.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
[Collection(XenChecks.Name)]
public sealed class XlDryRunProperties(ShimmedXenstore xen, ITestOutputHelper output)
{
    private const int Files = 300;

    [Fact]
    public void Real_xl_and_xlchan_agree_on_generated_files()
    {
        xen.RequireRunning();
        string path = Path.Combine(xen.Directory, "property.cfg");
        int runs = 0;
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        PropertyRunner.Check(XlDryRunFile.Arbitrary, file =>
        {
            runs++;
            File.WriteAllBytes(path, file.Bytes);
            var real = XlDryRun.Real(xen, path);
            var ours = XlchanVerdict.Of(path, []);
            string outcome = real.Exit == 0 ? (real.Channels is null ? "exit 0, no channels" : "exit 0, channels") : $"exit {real.Exit}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            Assert.Equal(real.Exit, ours.Exit);
            Assert.Equal(real.Stderr, ours.Stderr);
            var (realChannels, ourChannels) = DeliberateDifference.Fold(real.Channels, ours.Channels);
            Assert.Equal(realChannels, ourChannels);
        }, maxTest: Files);
        output.WriteLine($"{runs} files through xl -N create and xlchan in {clock.Elapsed.TotalSeconds:F1} s ({runs / clock.Elapsed.TotalSeconds:F0} files/s): {string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))}");
    }
}
