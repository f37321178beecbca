using BenchmarkDotNet.Attributes;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Validation;
using ChannelConfig.Emitters;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>The whole pipeline of one file: read + channels + validation (<see cref="XlLinter.Lint"/>), then xenstore keys.</summary>
[Config(typeof(SuiteConfig))]
public class PipelineBenchmarks
{
    private BenchmarkInput _input = null!;

    [Params(InputCatalog.Typical, InputCatalog.Large, InputCatalog.Generated10Mb)]
    public string Input { get; set; } = InputCatalog.Typical;

    [GlobalSetup]
    public void Setup() => _input = InputCatalog.Get(Input);

    [Benchmark]
    public LintResult Lint() => XlLinter.Lint(_input.ToSource());

    [Benchmark]
    public IReadOnlyList<XenstoreNode> LintAndXenstore() => XenstoreEmitter.Nodes(XlLinter.Lint(_input.ToSource()).Channels);
}
