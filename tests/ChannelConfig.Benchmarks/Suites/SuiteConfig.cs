using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>Memory diagnoser plus the per-byte columns; the job comes from the command line (e.g. <c>--job short</c>).</summary>
public class SuiteConfig : ManualConfig
{
    public SuiteConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(), new AllocatedPerInputByteColumn());
    }
}
