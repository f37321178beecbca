using BenchmarkDotNet.Running;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>Runs the BenchmarkDotNet suites (kept apart so the other modes never load BenchmarkDotNet).</summary>
internal static class SuiteRunner
{
    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteRunner).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
