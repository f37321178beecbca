using BenchmarkDotNet.Attributes;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Configuration;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>Read only: <see cref="XlConfigReader.Read"/> (lexer, parser, store, diagnostics, verdict).</summary>
[Config(typeof(SuiteConfig))]
public class ReadBenchmarks
{
    private BenchmarkInput _input = null!;

    [Params(InputCatalog.Typical, InputCatalog.Large, InputCatalog.Generated10Mb)]
    public string Input { get; set; } = InputCatalog.Typical;

    [GlobalSetup]
    public void Setup() => _input = InputCatalog.Get(Input);

    [Benchmark]
    public XlConfig Read() => XlConfigReader.Read(_input.ToSource());
}
