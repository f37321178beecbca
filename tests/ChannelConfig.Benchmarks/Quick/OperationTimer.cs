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
/// reaches its optimised code, then time several rounds of at least <see cref="RoundTime"/> each.
/// Allocations are counted on the current thread over all rounds.
/// </summary>
internal static class OperationTimer
{
    private const int Rounds = 7;
    private const int MinimumWarmUpCalls = 3;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(250);

    public static OperationTiming Measure(Func<object> operation)
    {
        var warmUp = Stopwatch.StartNew();
        long warmUpCalls = 0;
        while (warmUp.Elapsed < WarmUpTime || warmUpCalls < MinimumWarmUpCalls)
        {
            GC.KeepAlive(operation());
            warmUpCalls++;
        }

        double secondsPerCall = warmUp.Elapsed.TotalSeconds / warmUpCalls;
        long callsPerRound = Math.Max(1, (long)(RoundTime.TotalSeconds / secondsPerCall));
        var perCall = new double[Rounds];
        long allocated = 0;
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < Rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            for (long i = 0; i < callsPerRound; i++)
            {
                GC.KeepAlive(operation());
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            perCall[round] = elapsed.TotalMicroseconds / callsPerRound;
        }

        Array.Sort(perCall);
        long calls = callsPerRound * Rounds;
        return new OperationTiming(perCall[Rounds / 2], perCall[0], cpu.TotalMicroseconds / calls, (double)allocated / calls);
    }
}
