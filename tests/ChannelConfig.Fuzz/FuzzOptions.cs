using System.Globalization;

namespace ChannelConfig.Fuzz;

/// <summary>The fuzzer's command line.</summary>
internal sealed record FuzzOptions
{
    /// <summary>The seed used when none is given, so that two runs without <c>--seed</c> test the same inputs.</summary>
    public const int DefaultSeed = 20240808;

    public static string Usage { get; } =
        "usage: xlchan-fuzz [--seed N] [--count N] [--minutes M] [--crash-dir DIR] [--corpus DIR] [--timeout-ms MS] [--jobs N] [--progress]\n"
        + "       xlchan-fuzz --replay FILE | --minimize FILE\n"
        + "       xlchan-fuzz --pathological [--scale S]\n"
        + $"  --seed N        random seed (default {DefaultSeed})\n"
        + "  --count N       stop after N inputs (default 100000 unless --minutes is given)\n"
        + "  --minutes M     stop after M minutes (with --count: whichever comes first)\n"
        + "  --crash-dir DIR where failing inputs are written (default ./fuzz-crashes)\n"
        + "  --corpus DIR    seed files (default: tests/ChannelConfig.Tests/data, found from here upwards)\n"
        + "  --timeout-ms MS an input taking longer is a failure (default 2000)\n"
        + "  --jobs N        worker threads (default: one per core); inputs do not depend on it\n"
        + "  --progress      print a progress line every 100,000 inputs\n"
        + "  --replay FILE   run one input and print what fails\n"
        + "  --minimize FILE shrink a failing input while it fails the same way; writes FILE.min\n"
        + "  --pathological  instead of fuzzing, time the huge inputs of issue 8 (100 MB, a million channels, ...)\n"
        + "  --scale S       for --pathological: size multiplier, 1 = full size (default 1)";

    public int Seed { get; init; } = DefaultSeed;

    public long? Count { get; init; }

    public double? Minutes { get; init; }

    public string CrashDirectory { get; init; } = "fuzz-crashes";

    public string? Corpus { get; init; }

    public int TimeoutMilliseconds { get; init; } = 2000;

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public bool Progress { get; init; }

    public string? Replay { get; init; }

    public string? Minimize { get; init; }

    public bool Pathological { get; init; }

    public double Scale { get; init; } = 1;

    /// <summary>Internal: measure one pathological case in this process (the parent run spawns one child per case).</summary>
    public string? PathologicalCase { get; init; }

    /// <summary>How many inputs to run: the count given, unbounded with only --minutes, otherwise 100,000.</summary>
    public long EffectiveCount => Count ?? (Minutes is null ? 100_000 : long.MaxValue);

    /// <summary>Parses the arguments.</summary>
    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static FuzzOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        var options = new FuzzOptions();
        error = string.Empty;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--seed" when Next() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int seed):
                    options = options with { Seed = seed };
                    break;
                case "--count" when Next() is { } v && long.TryParse(v, CultureInfo.InvariantCulture, out long count) && count >= 0:
                    options = options with { Count = count };
                    break;
                case "--minutes" when Next() is { } v && double.TryParse(v, CultureInfo.InvariantCulture, out double minutes) && minutes > 0:
                    options = options with { Minutes = minutes };
                    break;
                case "--crash-dir" when Next() is { Length: > 0 } v:
                    options = options with { CrashDirectory = v };
                    break;
                case "--corpus" when Next() is { Length: > 0 } v:
                    options = options with { Corpus = v };
                    break;
                case "--timeout-ms" when Next() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int ms) && ms > 0:
                    options = options with { TimeoutMilliseconds = ms };
                    break;
                case "--scale" when Next() is { } v && double.TryParse(v, CultureInfo.InvariantCulture, out double scale) && scale > 0:
                    options = options with { Scale = scale };
                    break;
                case "--jobs" when Next() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int jobs) && jobs > 0:
                    options = options with { Jobs = jobs };
                    break;
                case "--replay" when Next() is { Length: > 0 } v:
                    options = options with { Replay = v };
                    break;
                case "--minimize" when Next() is { Length: > 0 } v:
                    options = options with { Minimize = v };
                    break;
                case "--pathological-case" when Next() is { Length: > 0 } v:
                    options = options with { PathologicalCase = v };
                    break;
                case "--progress":
                    options = options with { Progress = true };
                    break;
                case "--pathological":
                    options = options with { Pathological = true };
                    break;
                default:
                    error = $"bad or incomplete option '{arg}'";
                    return null;
            }
        }

        return options;
    }
}
