using System.Globalization;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>Wall times of repeated runs, summarised as median and minimum in milliseconds.</summary>
internal sealed class WallTimes
{
    private readonly List<double> _milliseconds = [];

    public void Add(TimeSpan wall) => _milliseconds.Add(wall.TotalMilliseconds);

    public double Median
    {
        get
        {
            var sorted = _milliseconds.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"median {Median:F1} ms, min {_milliseconds.Min():F1} ms, max {_milliseconds.Max():F1} ms over {_milliseconds.Count} runs");
}
