using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Configuration;

namespace ChannelConfig.Benchmarks.Quick;

/// <summary>
/// <c>--quick FILE...</c>: the read-only case without BenchmarkDotNet, one line per file:
/// <c>NAME BYTES MB/s µs/op bytes-allocated/op</c> (MB = 10^6 bytes).
/// </summary>
internal static class QuickRunner
{
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: --quick FILE...");
            return 2;
        }

        Console.Error.WriteLine("# NAME BYTES MB/s us/op bytes-allocated/op  (read only: XlConfigReader.Read; wall time, median of 7 rounds)");
        foreach (string file in files)
        {
            var input = new BenchmarkInput(Path.GetFileName(file), File.ReadAllBytes(file));
            var timing = OperationTimer.Measure(() => XlConfigReader.Read(input.ToSource()));
            double megabytesPerSecond = input.Bytes.Length / timing.MedianMicroseconds;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{input.Name} {input.Bytes.Length} {megabytesPerSecond:F1} {timing.MedianMicroseconds:F2} {timing.BytesAllocatedPerOperation:F0}"));
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"#   {input.Name}: wall us/op median {timing.MedianMicroseconds:F2}, fastest round {timing.MinMicroseconds:F2}; process CPU us/op {timing.CpuMicroseconds:F2} ({input.Bytes.Length / timing.CpuMicroseconds:F1} MB/s)"));
        }

        return 0;
    }
}
