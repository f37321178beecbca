using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ChannelConfig.Benchmarks.Inputs;

namespace ChannelConfig.Benchmarks.Suites;

/// <summary>
/// A column computed from a benchmark's result and the bytes one operation reads: the size of
/// its <c>Input</c> parameter, times its <c>Files</c> parameter when it has one.
/// </summary>
public abstract class PerInputByteColumn : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        long bytes = InputCatalog.Get(input).Bytes.Length;
        if (benchmarkCase.Parameters["Files"] is int files)
        {
            bytes *= files;
        }

        double? value = Compute(report, benchmarkCase, bytes);
        return value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
    }

    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes);
}

/// <summary>MB/s (10^6 bytes per second) from the mean time.</summary>
public sealed class ThroughputColumn : PerInputByteColumn
{
    public override string Id => "ChannelConfig.Throughput";

    public override string ColumnName => "MB/s";

    public override string Legend => "Input bytes read per second, in 10^6 bytes (from the mean)";

    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes) =>
        inputBytes / report.ResultStatistics!.Mean * 1000.0;
}

/// <summary>Bytes allocated per input byte.</summary>
public sealed class AllocatedPerInputByteColumn : PerInputByteColumn
{
    public override string Id => "ChannelConfig.AllocatedPerByte";

    public override string ColumnName => "Alloc/B";

    public override string Legend => "Bytes allocated per input byte";

    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? (double)allocated / inputBytes : null;
}
