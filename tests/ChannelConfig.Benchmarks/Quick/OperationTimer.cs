using System.Diagnostics;

namespace ChannelConfig.Benchmarks.Quick;

/// <summary>
/// One measured operation: wall time per call (median and fastest round), process CPU time per
/// call (all threads, so background GC counts; less disturbed than wall time on a busy machine),
/// and bytes allocated per call.
/// </summary>
internal readonly record struct OperationTiming(
    double MedianMicroseconds,
    double MinMicroseconds,
    double CpuMicroseconds,
    double BytesAllocatedPerOperation);

/// <summary>
/// Times an operation with a warmed-up Stopwatch loop: run it for a while so tiered compilation
/// reaches its optimised code, then time rounds of at least <see cref="RoundTime"/> each, started
/// on a collected heap and after one call that is not timed (the first call after a collection
/// faults fresh memory in: for a 10 MB input that is one call in five of a round, for a 1 MB input
/// one in a hundred, and timing it made the larger input look slower per byte than it is).
/// Allocations are counted on the current thread over all rounds. Several timers take their rounds
/// in turn (<see cref="MeasureTogether"/>), so that a burst of load on a shared host slows each
/// input's rounds alike and the ratios between inputs hold.
/// </summary>
internal sealed class OperationTimer
{
    /// <summary>Rounds timed for each operation.</summary>
    public const int Rounds = 7;

    private const int MinimumWarmUpCalls = 3;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(250);

    private readonly Func<object> _operation;
    private readonly List<double> _perCall = [];
    private long _callsPerRound;
    private long _allocated;
    private TimeSpan _cpu;

    private OperationTimer(Func<object> operation) => _operation = operation;

    /// <summary>Times each operation, their rounds taken in turn.</summary>
    /// <param name="operations">The operations.</param>
    /// <returns>Their timings, in the same order.</returns>
    public static OperationTiming[] MeasureTogether(IReadOnlyList<Func<object>> operations)
    {
        var timers = operations.Select(operation => new OperationTimer(operation)).ToArray();
        foreach (var timer in timers)
        {
            timer.WarmUp();
        }

        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var timer in timers)
            {
                timer.TimeRound(process);
            }
        }

        return [.. timers.Select(timer => timer.Result())];
    }

    private void WarmUp()
    {
        var warmUp = Stopwatch.StartNew();
        long warmUpCalls = 0;
        while (warmUp.Elapsed < WarmUpTime || warmUpCalls < MinimumWarmUpCalls)
        {
            GC.KeepAlive(_operation());
            warmUpCalls++;
        }

        double secondsPerCall = warmUp.Elapsed.TotalSeconds / warmUpCalls;
        _callsPerRound = Math.Max(1, (long)(RoundTime.TotalSeconds / secondsPerCall));
    }

    private void TimeRound(Process process)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.KeepAlive(_operation());
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        for (long i = 0; i < _callsPerRound; i++)
        {
            GC.KeepAlive(_operation());
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        _allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        _cpu += process.TotalProcessorTime - cpuBefore;
        _perCall.Add(elapsed.TotalMicroseconds / _callsPerRound);
    }

    private OperationTiming Result()
    {
        var perCall = _perCall.Order().ToArray();
        long calls = _callsPerRound * perCall.Length;
        return new OperationTiming(perCall[perCall.Length / 2], perCall[0], _cpu.TotalMicroseconds / calls, (double)_allocated / calls);
    }
}
