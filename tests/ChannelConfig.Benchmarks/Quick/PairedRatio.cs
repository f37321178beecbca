using System.Diagnostics;
using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Configuration;

namespace ChannelConfig.Benchmarks.Quick;

/// <summary>
/// <c>--ratio SMALL LARGE [SECONDS]</c>: how many times longer the read of LARGE takes than the
/// read of SMALL, for the linearity target (10 MB ≤ 11× 1 MB), measured so that load from other
/// machines on a shared host cancels out. Each pair is k reads of SMALL (k = the ratio of the
/// sizes, so both halves read the same number of bytes) followed at once by one read of LARGE; the
/// ratio is taken within the pair, and the median of the pairs' ratios is reported. A burst of load
/// lasts far longer than a pair (tens of milliseconds), so it slows both halves of the pairs it
/// falls on alike; timing the sizes in separate runs or rounds lets it fall on one of them only.
/// No collection is forced: both sizes run in the steady state of a process reading files.
/// </summary>
internal static class PairedRatio
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(20);

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var time = DefaultTime;
        if (args.Count is not (2 or 3)
            || (args.Count == 3 && !TryParseSeconds(args[2], out time)))
        {
            Console.Error.WriteLine("usage: --ratio SMALL LARGE [SECONDS]");
            return 2;
        }

        var small = new BenchmarkInput(Path.GetFileName(args[0]), File.ReadAllBytes(args[0]));
        var large = new BenchmarkInput(Path.GetFileName(args[1]), File.ReadAllBytes(args[1]));
        int k = Math.Max(1, (int)Math.Round((double)large.Bytes.Length / Math.Max(1, small.Bytes.Length)));

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUpTime)
        {
            GC.KeepAlive(XlConfigReader.Read(small.ToSource()));
            GC.KeepAlive(XlConfigReader.Read(large.ToSource()));
        }

        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        var ratios = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed < time || ratios.Count < 5)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < k; i++)
            {
                GC.KeepAlive(XlConfigReader.Read(small.ToSource()));
            }

            long middle = Stopwatch.GetTimestamp();
            GC.KeepAlive(XlConfigReader.Read(large.ToSource()));
            long end = Stopwatch.GetTimestamp();
            double smallMicroseconds = Stopwatch.GetElapsedTime(start, middle).TotalMicroseconds / k;
            double largeMicroseconds = Stopwatch.GetElapsedTime(middle, end).TotalMicroseconds;
            smallTimes.Add(smallMicroseconds);
            largeTimes.Add(largeMicroseconds);
            ratios.Add(largeMicroseconds / smallMicroseconds);
        }

        output.WriteLine("# SMALL LARGE pairs ratio-median ratio-q1 ratio-q3 small-us-median large-us-median bytes-ratio");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{small.Name} {large.Name} {ratios.Count} {Quantile(ratios, 0.5):F2} {Quantile(ratios, 0.25):F2} {Quantile(ratios, 0.75):F2} {Quantile(smallTimes, 0.5):F1} {Quantile(largeTimes, 0.5):F1} {(double)large.Bytes.Length / small.Bytes.Length:F2}"));
        return 0;
    }

    private static bool TryParseSeconds(string text, out TimeSpan time)
    {
        bool ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds <= 3600;
        time = ok ? TimeSpan.FromSeconds(seconds) : default;
        return ok;
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }
}
