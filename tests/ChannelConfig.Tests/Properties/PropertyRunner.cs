using FsCheck;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Properties;

/// <summary>
/// Runs FsCheck properties with a fixed seed, so that a failure in CI can be replayed; set
/// XLCHAN_PROPERTY_SEED to another number to explore new cases locally.
/// </summary>
internal static class PropertyRunner
{
    private const ulong DefaultSeed = 20240808;

    public static void Check<T>(Gen<T> generator, Action<T> property, int maxTest = 200, int endSize = 100)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithEndSize(endSize)
            .WithQuietOnSuccess(true)
            .WithReplay(new Replay(new Rnd(Seed(), 0x9E3779B97F4A7C15UL), null));
        FsCheck.Check.One(config, Prop.ForAll(generator.ToArbitrary(), property));
    }

    /// <summary>Checks with an arbitrary of one's own, whose shrinker reduces a failing case.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> property, int maxTest = 200, int endSize = 100)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithEndSize(endSize)
            .WithQuietOnSuccess(true)
            .WithReplay(new Replay(new Rnd(Seed(), 0x9E3779B97F4A7C15UL), null));
        FsCheck.Check.One(config, Prop.ForAll(arbitrary, property));
    }

    private static ulong Seed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("XLCHAN_PROPERTY_SEED"), out ulong seed) ? seed : DefaultSeed;
}
