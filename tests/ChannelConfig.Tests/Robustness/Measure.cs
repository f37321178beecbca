using System.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>Time, allocation and retained memory of linting an input, measured so as not to depend on the machine's speed.</summary>
internal static class Measure
{
    /// <summary>
    /// Fails unless linting ten times the input takes at most <paramref name="bound"/> times as long.
    /// Linear time gives 10 to about 18 (caches and the garbage collector cost more on a larger
    /// heap), and up to about 30 on a machine busy with other work; quadratic time gives about 100.
    /// </summary>
    /// <remarks>
    /// The two sizes are timed in alternate batches, so that a burst of load from other machines on
    /// the same host slows both rather than one, and each keeps its best batch. It stops once three
    /// rounds are in and the best times are within the bound, and fails only after eight rounds:
    /// a quadratic reader is over the bound in every round, a busy host only in some.
    /// </remarks>
    public static void AssertLinear(Func<int, byte[]> build, int smallLength, double bound = 40) =>
        AssertLinear(build, smallLength, Lint, bound);

    /// <summary>As <see cref="AssertLinear(Func{int, byte[]}, int, double)"/>, for any work on the input (an import, a command).</summary>
    public static void AssertLinear(Func<int, byte[]> build, int smallLength, Action<byte[]> work, double bound = 40)
    {
        var smallInput = build(smallLength);
        var largeInput = build(smallLength * 10);
        WarmUp(smallInput, work);
        var small = new Batches(smallInput, work);
        var large = new Batches(largeInput, work);
        double ratio = double.PositiveInfinity;
        for (int round = 0; round < 8 && (round < 3 || ratio > bound); round++)
        {
            small.Run();
            large.Run();
            ratio = large.Best.TotalSeconds / small.Best.TotalSeconds;
        }

        Assert.True(ratio <= bound, $"10x the input took {ratio:F1}x the time ({small.Best.TotalMilliseconds:F2} ms -> {large.Best.TotalMilliseconds:F2} ms): not linear");
    }

    /// <summary>
    /// Batches of lints of one input, each of enough lints to last 20 ms (at least two), after one
    /// lint that is not timed: the heap is in its steady state for this input (a first lint after
    /// another input's, or after a collection, finds fresh memory to fault in).
    /// </summary>
    private sealed class Batches(byte[] input, Action<byte[]> work)
    {
        private int _size;

        /// <summary>The time of one lint in the fastest batch so far.</summary>
        public TimeSpan Best { get; private set; } = TimeSpan.MaxValue;

        public void Run()
        {
            var clock = Stopwatch.StartNew();
            Lint();
            if (_size == 0)
            {
                _size = (int)Math.Clamp(0.020 / Math.Max(clock.Elapsed.TotalSeconds, 1e-6), 2, 1000);
            }

            clock.Restart();
            for (int k = 0; k < _size; k++)
            {
                Lint();
            }

            var each = clock.Elapsed / _size;
            Best = each < Best ? each : Best;
        }

        private void Lint() => work(input);
    }

    private static void Lint(byte[] input) => _ = XlLinter.Lint(new SourceText("big.cfg", input));

    /// <summary>Lints for a quarter of a second, so that the JIT has compiled the hot code at its final tier before anything is timed.</summary>
    private static void WarmUp(byte[] input, Action<byte[]> work)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 3 || clock.ElapsedMilliseconds < 250; i++)
        {
            work(input);
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
