using System.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Tests.Robustness;

/// <summary>Time, allocation and retained memory of linting an input, measured so as not to depend on the machine's speed.</summary>
internal static class Measure
{
    /// <summary>
    /// The time of one lint: the best of <paramref name="runs"/> batches (after a warm-up run), each
    /// of enough runs to last 20 ms, started on a freshly collected heap. Five batches, because a
    /// burst of load from other machines on the same host can slow three in a row (a 30 ms lint
    /// once measured 41 times its tenth).
    /// </summary>
    public static TimeSpan BestLintTime(byte[] input, int runs = 5)
    {
        var clock = Stopwatch.StartNew();
        _ = XlLinter.Lint(new SourceText("big.cfg", input));
        int batch = (int)Math.Clamp(0.020 / Math.Max(clock.Elapsed.TotalSeconds, 1e-6), 1, 1000);
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            clock.Restart();
            for (int k = 0; k < batch; k++)
            {
                _ = XlLinter.Lint(new SourceText("big.cfg", input));
            }

            var each = clock.Elapsed / batch;
            best = each < best ? each : best;
        }

        return best;
    }

    /// <summary>
    /// Fails unless linting ten times the input takes at most <paramref name="bound"/> times as long.
    /// Linear time gives 10 to about 18 (caches and the garbage collector cost more on a larger
    /// heap), and up to about 30 on a machine busy with other work; quadratic time gives about 100.
    /// </summary>
    public static void AssertLinear(Func<int, byte[]> build, int smallLength, double bound = 40)
    {
        WarmUp(build(smallLength));
        var small = BestLintTime(build(smallLength));
        var large = BestLintTime(build(smallLength * 10));
        double ratio = large.TotalSeconds / small.TotalSeconds;
        Assert.True(ratio <= bound, $"10x the input took {ratio:F1}x the time ({small.TotalMilliseconds:F2} ms -> {large.TotalMilliseconds:F2} ms): not linear");
    }

    /// <summary>Lints for a quarter of a second, so that the JIT has compiled the hot code at its final tier before anything is timed.</summary>
    private static void WarmUp(byte[] input)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 3 || clock.ElapsedMilliseconds < 250; i++)
        {
            _ = XlLinter.Lint(new SourceText("big.cfg", input));
        }
    }

    /// <summary>
    /// Lints once (after a first lint of the same input) and returns the result with the bytes
    /// allocated on this thread and the bytes the result keeps alive (beyond the input).
    /// </summary>
    public static (LintResult Result, long Allocated, long Retained) Memory(byte[] input)
    {
        // Steady state: a first lint fills the shared array pool the reader rents its working
        // arrays from (memory the process keeps for the next file, not memory the result holds).
        _ = XlLinter.Lint(new SourceText("big.cfg", input));
        var source = new SourceText("big.cfg", input);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = XlLinter.Lint(source);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        return (result, allocated, retained);
    }
}
