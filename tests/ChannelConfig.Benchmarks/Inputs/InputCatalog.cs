using System.Collections.Concurrent;

namespace ChannelConfig.Benchmarks.Inputs;

/// <summary>
/// The named inputs of the suite: the committed <c>typical.cfg</c> and <c>large-1mb.cfg</c>, and
/// <c>generated-10mb</c>, generated at run time by <see cref="ConfigGenerator"/>.
/// </summary>
internal static class InputCatalog
{
    public const string Typical = "typical";
    public const string Large = "large-1mb";
    public const string Generated10Mb = "generated-10mb";
    public const int TenMegabytes = 10_000_000;

    private static readonly ConcurrentDictionary<string, BenchmarkInput> Cache = new(StringComparer.Ordinal);

    /// <summary>Loads (once) an input by its name.</summary>
    public static BenchmarkInput Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The committed inputs folder: next to the executable, or found by walking up from it
    /// (BenchmarkDotNet runs a copy of the benchmarks from a folder below the project).</summary>
    public static string InputsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "data"), Path.Combine(dir.FullName, "tests", "ChannelConfig.Benchmarks", "data") })
            {
                if (File.Exists(Path.Combine(candidate, "typical.cfg")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"data/typical.cfg not found above {AppContext.BaseDirectory}");
    }

    private static BenchmarkInput Load(string name) => name switch
    {
        Generated10Mb => new BenchmarkInput(name, ConfigGenerator.Generate(TenMegabytes)),
        _ => new BenchmarkInput(name, File.ReadAllBytes(Path.Combine(InputsDirectory(), name + ".cfg"))),
    };
}
