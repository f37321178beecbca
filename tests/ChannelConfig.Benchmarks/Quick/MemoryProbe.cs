using System.Globalization;
using ChannelConfig.Benchmarks.Inputs;
using ChannelConfig.Configuration;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Validation;

namespace ChannelConfig.Benchmarks.Quick;

/// <summary>
/// <c>--memory FILE...</c>: for one call of each case, the bytes allocated (on this thread) and the
/// bytes the result keeps alive (managed heap after a full collection, result held, minus before),
/// both also per input byte, and their ratio (allocated / retained).
/// </summary>
internal static class MemoryProbe
{
    private static readonly (string Case, Func<BenchmarkInput, object> Operation)[] Cases =
    [
        ("read", input => XlConfigReader.Read(input.ToSource())),
        ("lint+xenstore", input =>
        {
            var result = XlLinter.Lint(input.ToSource());
            return (result, XenstoreEmitter.Nodes(result.Channels));
        }),
    ];

    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        output.WriteLine("NAME CASE BYTES allocated retained allocated/byte retained/byte allocated/retained");
        foreach (string file in files)
        {
            var input = new BenchmarkInput(Path.GetFileName(file), File.ReadAllBytes(file));
            foreach (var (name, operation) in Cases)
            {
                GC.KeepAlive(operation(input)); // JIT and first-call costs out of the way.
                var (allocated, retained) = MeasureOnce(input, operation);
                double size = input.Bytes.Length;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{input.Name} {name} {input.Bytes.Length} {allocated} {retained} {allocated / size:F2} {retained / size:F2} {(double)allocated / retained:F2}"));
            }
        }

        return 0;
    }

    private static (long Allocated, long Retained) MeasureOnce(BenchmarkInput input, Func<BenchmarkInput, object> operation)
    {
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        object result = operation(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return (allocated, heapAfter - heapBefore);
    }
}
