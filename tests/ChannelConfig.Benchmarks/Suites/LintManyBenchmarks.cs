using BenchmarkDotNet.Attributes;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Validation;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>
/// The library part of <c>xlchan lint</c> over many files: lint <see cref="Files"/> in-memory
/// copies of typical.cfg in parallel, one per core, as the CLI does (no process start, no I/O,
/// no output; <c>--lint-files</c> times the real process).
/// </summary>
[Config(typeof(SuiteConfig))]
public class LintManyBenchmarks
{
    private BenchmarkInput _input = null!;

    [Params(InputCatalog.Typical)]
    public string Input { get; set; } = InputCatalog.Typical;

    [Params(10_000)]
    public int Files { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup() => _input = InputCatalog.Get(Input);

    [Benchmark]
    public int LintFilesInProcess()
    {
        int errors = 0;
        Parallel.For(0, Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            if (XlLinter.Lint(_input.ToSource()).HasErrors)
            {
                Interlocked.Increment(ref errors);
            }
        });
        return errors;
    }
}
