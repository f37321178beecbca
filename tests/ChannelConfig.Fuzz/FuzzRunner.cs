using System.Diagnostics;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Runs the inputs on worker threads, one input at a time each, with a watchdog: an exception is
/// recorded and the run goes on; an input still running after the time limit is recorded and the
/// process exits at once (its thread cannot be stopped).
/// </summary>
internal sealed class FuzzRunner
{
    public const int ExitFailures = 1;
    public const int ExitTimeout = 3;

    private readonly FuzzOptions _options;
    private readonly InputGenerator _generator;
    private readonly CrashStore _crashes;
    private readonly Stopwatch _clock = new();
    private long _next = -1;
    private long _done;

    public FuzzRunner(FuzzOptions options, IReadOnlyList<byte[]> seeds)
    {
        _options = options;
        _generator = new InputGenerator(seeds, options.Seed);
        _crashes = new CrashStore(options.CrashDirectory, options.Seed);
    }

    public int Run()
    {
        var deadline = _options.Minutes is { } minutes ? TimeSpan.FromMinutes(minutes) : TimeSpan.MaxValue;
        var workers = Enumerable.Range(0, Math.Max(1, _options.Jobs)).Select(_ => new Worker()).ToArray();
        _clock.Start();
        var threads = workers.Select(w => new Thread(() => Work(w, deadline), 16 * 1024 * 1024) { IsBackground = true }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        while (!threads.All(t => t.Join(50)))
        {
            CheckTimeouts(workers);
        }

        Console.WriteLine(Summary());
        return _crashes.Failures > 0 ? ExitFailures : 0;
    }

    private void Work(Worker worker, TimeSpan deadline)
    {
        long count = _options.EffectiveCount;
        while (true)
        {
            long index = Interlocked.Increment(ref _next);
            if (index >= count || _clock.Elapsed > deadline)
            {
                return;
            }

            byte[] input = _generator.Generate(index);
            worker.Begin(index, input);
            try
            {
                FuzzTarget.Run(input, withSarif: index % 32 == 0);
            }
            catch (Exception e)
            {
                _crashes.RecordException(index, input, e);
            }

            worker.End();
            long done = Interlocked.Increment(ref _done);
            if (_options.Progress && done % 100_000 == 0)
            {
                Console.WriteLine($"fuzz: {done} inputs, {_crashes.Failures} failures, {_clock.Elapsed.TotalSeconds:F1} s");
            }
        }
    }

    private void CheckTimeouts(Worker[] workers)
    {
        foreach (var worker in workers)
        {
            if (worker.Running(out long index, out byte[]? input, out long started) && input is not null)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (elapsed.TotalMilliseconds > _options.TimeoutMilliseconds)
                {
                    string path = _crashes.RecordTimeout(index, input, elapsed, _options.TimeoutMilliseconds);
                    Console.Error.WriteLine($"fuzz: input {index} is still running after {elapsed.TotalSeconds:F1} s (written to {path})");
                    Console.WriteLine(Summary());
                    Environment.Exit(ExitTimeout);
                }
            }
        }
    }

    private string Summary()
    {
        double seconds = _clock.Elapsed.TotalSeconds;
        long done = Interlocked.Read(ref _done);
        return $"fuzz: {done} inputs, {_crashes.Failures} failures, {seconds:F1} s "
            + $"({done / Math.Max(seconds, 1e-9):F0} inputs/s, seed {_options.Seed}, {_options.Jobs} threads, {_crashes.DistinctFailures} distinct)";
    }

    /// <summary>What one worker thread is doing, for the watchdog.</summary>
    private sealed class Worker
    {
        private readonly Lock _lock = new();
        private long _index;
        private byte[]? _input;
        private long _started;

        public void Begin(long index, byte[] input)
        {
            lock (_lock)
            {
                (_index, _input, _started) = (index, input, Stopwatch.GetTimestamp());
            }
        }

        public void End()
        {
            lock (_lock)
            {
                _input = null;
            }
        }

        public bool Running(out long index, out byte[]? input, out long started)
        {
            lock (_lock)
            {
                (index, input, started) = (_index, _input, _started);
                return input is not null;
            }
        }
    }
}
