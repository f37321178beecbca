using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Configuration;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Validation;

namespace ChannelConfig.Benchmarks.Quick;

/// <summary>
/// <c>--quick [--pipeline] FILE...</c>: one case without BenchmarkDotNet, one line per file:
/// <c>NAME BYTES MB/s µs/op bytes-allocated/op</c> (MB = 10^6 bytes). The case is read only
/// (<see cref="XlConfigReader.Read"/>), or with <c>--pipeline</c> the whole pipeline: read +
/// channels + validation + xenstore keys.
/// </summary>
internal static class QuickRunner
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        bool pipeline = args.Count > 0 && args[0] == "--pipeline";
        var files = pipeline ? args.Skip(1).ToArray() : args;
        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: --quick [--pipeline] FILE...");
            return 2;
        }

        string label = pipeline
            ? "pipeline: XlLinter.Lint + XenstoreEmitter.Nodes"
            : "read only: XlConfigReader.Read";
        Console.Error.WriteLine($"# NAME BYTES MB/s us/op bytes-allocated/op  ({label}; wall time, median of {OperationTimer.Rounds} rounds, the files' rounds taken in turn)");
        var inputs = files.Select(file => new BenchmarkInput(Path.GetFileName(file), File.ReadAllBytes(file))).ToArray();
        var timings = OperationTimer.MeasureTogether([.. inputs.Select(input => pipeline
            ? (Func<object>)(() => XenstoreEmitter.Nodes(XlLinter.Lint(input.ToSource()).Channels))
            : () => XlConfigReader.Read(input.ToSource()))]);
        for (int i = 0; i < inputs.Length; i++)
        {
            var (input, timing) = (inputs[i], timings[i]);
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
