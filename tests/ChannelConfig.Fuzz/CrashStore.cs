using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Records failing inputs in the crash folder: <c>KIND-SEED-INDEX.cfg</c> (the input) and
/// <c>.txt</c> (what happened and how to replay it). Only the first input of each distinct failure
/// (exception type and throwing frame) is written; all are counted.
/// </summary>
internal sealed class CrashStore
{
    private readonly string _directory;
    private readonly int _seed;
    private readonly ConcurrentDictionary<string, long> _signatures = new(StringComparer.Ordinal);
    private long _failures;

    public CrashStore(string directory, int seed)
    {
        _directory = directory;
        _seed = seed;
    }

    public long Failures => Interlocked.Read(ref _failures);

    public int DistinctFailures => _signatures.Count;

    /// <summary>Records an exception thrown for input <paramref name="index"/>.</summary>
    public void RecordException(long index, byte[] input, Exception exception)
    {
        Interlocked.Increment(ref _failures);
        string signature = Signature(exception);
        if (_signatures.TryAdd(signature, index))
        {
            string path = Write("crash", index, input, $"{signature}\n\n{exception}\n");
            Console.Error.WriteLine($"fuzz: input {index} failed: {exception.GetType().Name}: {exception.Message} (written to {path})");
        }
    }

    /// <summary>Records an input that ran longer than the time limit.</summary>
    public string RecordTimeout(long index, byte[] input, TimeSpan elapsed, int limitMilliseconds)
    {
        Interlocked.Increment(ref _failures);
        return Write("timeout", index, input, $"still running after {elapsed.TotalMilliseconds:F0} ms (limit {limitMilliseconds} ms)\n");
    }

    /// <summary>The exception type and the first frame in ChannelConfig that threw it.</summary>
    public static string Signature(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("ChannelConfig", StringComparison.Ordinal) == true
                && m.DeclaringType.Namespace != typeof(CrashStore).Namespace);
        string where = frame is null ? "?" : $"{frame.DeclaringType!.FullName}.{frame.Name}";
        return exception is InvariantException ? $"InvariantException: {exception.Message}" : $"{exception.GetType().FullName} at {where}";
    }

    private string Write(string kind, long index, byte[] input, string details)
    {
        Directory.CreateDirectory(_directory);
        string stem = Path.Combine(_directory, $"{kind}-{_seed}-{index}");
        File.WriteAllBytes(stem + ".cfg", input);
        File.WriteAllText(stem + ".txt", $"seed {_seed}, input {index}, {input.Length} bytes\nreplay: xlchan-fuzz --replay {stem}.cfg\n\n{details}");
        return stem + ".cfg";
    }
}
