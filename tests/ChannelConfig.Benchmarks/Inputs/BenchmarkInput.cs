using ChannelConfig.Text;

namespace ChannelConfig.Benchmarks.Inputs;

/// <summary>One input: its name (as reported) and its bytes.</summary>
internal sealed record BenchmarkInput(string Name, byte[] Bytes)
{
    /// <summary>A fresh source for one operation, as a caller reading a file would make it.</summary>
    public SourceText ToSource() => new(Name, Bytes);
}
