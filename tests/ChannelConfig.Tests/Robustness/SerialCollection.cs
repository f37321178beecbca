namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Timing and memory measurements run alone, after the parallel tests, so that other tests neither
/// slow one size more than the other nor add to the heap being measured.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial measurements";
}
