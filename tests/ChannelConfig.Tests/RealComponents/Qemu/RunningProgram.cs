using System.Diagnostics;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// A real program run by a check: its output lines are collected as they come, waits have
/// deadlines, and disposing it kills the whole process tree, so no check hangs or leaves it behind.
/// </summary>
internal sealed class RunningProgram : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningProgram(Process process)
    {
        _process = process;
    }

    /// <summary>Standard output so far, line by line.</summary>
    public IReadOnlyList<string> Stdout
    {
        get
        {
            lock (_gate)
            {
                return [.. _stdout];
            }
        }
    }

    /// <summary>Standard error so far, line by line.</summary>
    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_gate)
            {
                return [.. _stderr];
            }
        }
    }

    /// <summary>Whether the program has ended and all its output has been read.</summary>
    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>The exit code (only once <see cref="HasExited"/>).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Both streams, for failure messages.</summary>
    public string Transcript => "stdout:\n" + string.Join('\n', Stdout) + "\nstderr:\n" + string.Join('\n', Stderr);

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>; standard input stays open for <see cref="WriteLine"/>.</summary>
    public static RunningProgram Start(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var running = new RunningProgram(process);
        int open = 2;
        void Received(List<string> lines, string? line)
        {
            lock (running._gate)
            {
                if (line is null)
                {
                    open--;
                }
                else
                {
                    lines.Add(line);
                }

                running._changed.TrySetResult();
                running._changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                if (open == 0)
                {
                    running._exited.TrySetResult();
                }
            }
        }

        process.OutputDataReceived += (_, e) => Received(running._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Received(running._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Runs <paramref name="program"/> to its end with nothing on standard input, within <paramref name="timeout"/>.</summary>
    /// <returns>The exit code and both streams.</returns>
    /// <exception cref="TimeoutException">It did not end in time (it is killed).</exception>
    public static (int Exit, string Stdout, string Stderr) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var running = Start(program, arguments);
        running.CloseInput();
        running.WaitForExit(timeout);
        return (running.ExitCode, string.Join('\n', running.Stdout), string.Join('\n', running.Stderr));
    }

    /// <summary>Writes a line to standard input.</summary>
    public void WriteLine(string line)
    {
        _process.StandardInput.Write(line + "\n");
        _process.StandardInput.Flush();
    }

    /// <summary>Closes standard input.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits until the program ends and its output is read.</summary>
    /// <exception cref="TimeoutException">It did not end in time (it is killed).</exception>
    public void WaitForExit(TimeSpan timeout)
    {
        if (!_exited.Task.Wait(timeout))
        {
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} did not end within {timeout.TotalSeconds:0} s (killed)\n{Transcript}");
        }

        _process.WaitForExit();
    }

    /// <summary>Waits until <paramref name="found"/> holds for the output so far (or the program ends).</summary>
    /// <returns>Whether it holds.</returns>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyList<string>, IReadOnlyList<string>, bool> found, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (found(_stdout, _stderr))
                {
                    return true;
                }

                if (_exited.Task.IsCompleted)
                {
                    return false;
                }

                changed = _changed.Task;
            }

            var left = timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout - deadline.Elapsed;
            if (left != Timeout.InfiniteTimeSpan && left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.WhenAny(changed, _exited.Task, Task.Delay(left, cancellation));
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Kills the process tree if it still runs.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended meanwhile.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
