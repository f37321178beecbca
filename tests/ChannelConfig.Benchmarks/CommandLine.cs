using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Benchmarks.Processes;
using ChannelConfig.Benchmarks.Quick;
using ChannelConfig.Benchmarks.Suites;

namespace ChannelConfig.Benchmarks;

/// <summary>The modes of the benchmark program; anything else goes to BenchmarkDotNet.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "--quick":
                return QuickRunner.Run(rest, Console.Out);
            case "--ratio":
                return PairedRatio.Run(rest, Console.Out);
            case "--memory":
                return MemoryProbe.Run(rest, Console.Out);
            case "--generate" when rest.Length == 2 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out int size):
                File.WriteAllBytes(rest[1], ConfigGenerator.Generate(size));
                return 0;
            case "--lint-files" when rest.Length >= 2 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count):
                return LintFilesTimer.Run(count, rest[1..], Console.Out);
            case "--startup" when rest.Length >= 1:
                return StartupTimer.Run(rest, Console.Out);
            case "--paired" when rest.Length == 2:
                return PairedStartup.Run(rest[0], rest[1], Console.Out);
            case "--noop":
                return 0;
            case "--generate" or "--lint-files" or "--startup" or "--paired":
                Console.Error.WriteLine("usage: --generate BYTES PATH | --lint-files N XLCHAN... | --startup XLCHAN... | --paired XLCHAN_A XLCHAN_B");
                return 2;
            default:
                return SuiteRunner.Run(args);
        }
    }
}
