using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>
/// <c>--paired XLCHAN_A XLCHAN_B</c>: one-file lint (<c>xlchan lint typical.cfg</c>) of two builds
/// run as pairs, A then B, 31 times, so that load from other machines slows both alike; prints
/// each build's median and the median of the pairs' ratios B/A, then each build's median peak
/// resident memory for the same run (GNU time's <c>%M</c>, 9 runs).
/// </summary>
internal static class PairedStartup
{
    private const int Pairs = 31;
    private const int MemoryRuns = 9;

    public static int Run(string a, string b, TextWriter output)
    {
        string typical = Path.Combine(InputCatalog.InputsDirectory(), "typical.cfg");
        var first = new XlchanCommand(a);
        var second = new XlchanCommand(b);
        first.Run("lint", typical);
        second.Run("lint", typical);
        var timesA = new WallTimes();
        var timesB = new WallTimes();
        var ratios = new List<double>();
        for (int i = 0; i < Pairs; i++)
        {
            var ta = first.Run("lint", typical).Wall;
            var tb = second.Run("lint", typical).Wall;
            timesA.Add(ta);
            timesB.Add(tb);
            ratios.Add(tb.TotalMilliseconds / ta.TotalMilliseconds);
        }

        ratios.Sort();
        output.WriteLine($"[A {a}] lint typical.cfg: {timesA}");
        output.WriteLine($"[B {b}] lint typical.cfg: {timesB}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B / A, median of {Pairs} pairs: {ratios[Pairs / 2]:F3} (quartiles {ratios[Pairs / 4]:F3}-{ratios[3 * Pairs / 4]:F3})"));
        if (!File.Exists(XlchanCommand.GnuTime))
        {
            output.WriteLine($"peak memory: not measured ({XlchanCommand.GnuTime} is missing: apt-get install time)");
            return 0;
        }

        foreach (var (name, command) in new[] { ("A", first), ("B", second) })
        {
            var peaks = Enumerable.Range(0, MemoryRuns).Select(_ => command.PeakKilobytes("lint", typical)).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{name}] peak resident memory, lint typical.cfg: median {peaks[MemoryRuns / 2] / 1024.0:F1} MB (min {peaks[0] / 1024.0:F1}, max {peaks[^1] / 1024.0:F1}) over {MemoryRuns} runs"));
        }

        return 0;
    }
}
