using System.Diagnostics;
using System.Net.Sockets;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// Xen 4.17's real C xenstored, running under the shim on a private socket in a temporary
/// directory (XENSTORED_RUNDIR and XENSTORED_PATH, so the host's /var/run/xenstored and
/// /var/lib/xenstored are never touched), with dom0 introduced so that it can serve requests.
/// Shared by the Xen checks (one daemon per test run); stopped and cleaned up after them.
/// </summary>
public sealed class ShimmedXenstore : IAsyncLifetime
{
    private Process? _daemon;
    private string? _startupError;

    /// <summary>The temporary directory: the shim, the daemon's run directory, the checks' files.</summary>
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("xlchan-xen-").FullName;

    public string RunDirectory => Path.Combine(Directory, "run");

    public string SocketPath => Path.Combine(RunDirectory, "socket");

    public string ShimPath { get; private set; } = string.Empty;

    /// <summary>How long compiling the shim and starting the daemon took.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What xenstore clients need: the private socket.</summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new Dictionary<string, string>
    {
        ["XENSTORED_PATH"] = SocketPath,
        ["XENSTORED_RUNDIR"] = RunDirectory,
    };

    /// <summary>What xl needs: the socket and the shim.</summary>
    public IReadOnlyDictionary<string, string> XlEnvironment => new Dictionary<string, string>(ClientEnvironment) { ["LD_PRELOAD"] = ShimPath };

    public async ValueTask InitializeAsync()
    {
        if (!XenPrograms.AllPresent)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            System.IO.Directory.CreateDirectory(RunDirectory);
            ShimPath = XenShim.Compile(Directory);
            _daemon = StartDaemon();
            await WaitUntilServingAsync(_daemon);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            _startupError = e.Message;
        }

        StartupTime = clock.Elapsed;
    }

    /// <summary>Skips or fails the check when a program is missing, and fails it when the daemon did not start.</summary>
    public void RequireRunning()
    {
        XenPrograms.RequireAll();
        Assert.True(_startupError is null, $"the shimmed xenstored did not start: {_startupError}");
        Assert.True(_daemon is { HasExited: false }, "the shimmed xenstored has exited");
    }

    /// <summary>Runs a xenstore client (or sh, for a script of them) against the private store.</summary>
    internal ToolResult Client(string program, params string[] arguments) =>
        ToolRun.Run(RealComponent.Find(program)!, arguments, ClientEnvironment, Directory);

    /// <summary>Runs the real xl under the shim.</summary>
    internal ToolResult Xl(params string[] arguments) =>
        ToolRun.Run(XenPrograms.Xl, arguments, XlEnvironment, Directory);

    /// <summary>Removes what earlier checks wrote, so that each reads back only its own nodes.</summary>
    public void Clear()
    {
        foreach (string path in new[] { "/local", "/libxl" })
        {
            Client("xenstore-rm", path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_daemon is not null)
        {
            if (!_daemon.HasExited)
            {
                _daemon.Kill(entireProcessTree: true);
                await _daemon.WaitForExitAsync();
            }

            _daemon.Dispose();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private Process StartDaemon()
    {
        var start = new ProcessStartInfo(XenPrograms.Xenstored)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // -N: stay in the foreground, as the fixture's child. dom0 is introduced (no -D): 4.17
        // creates its database only then. The database is in memory (the default).
        start.ArgumentList.Add("-N");
        foreach (var (name, value) in XlEnvironment)
        {
            start.Environment[name] = value;
        }

        var daemon = Process.Start(start) ?? throw new InvalidOperationException("xenstored did not start");
        daemon.StandardInput.Close();
        _ = daemon.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = daemon.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return daemon;
    }

    private async Task WaitUntilServingAsync(Process daemon)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (daemon.HasExited)
            {
                throw new InvalidOperationException($"xenstored exited with status {daemon.ExitCode} at start");
            }

            if (File.Exists(SocketPath))
            {
                try
                {
                    using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath));
                    var probe = Client("xenstore-ls", "/tool");
                    if (probe.Exit == 0)
                    {
                        return;
                    }
                }
                catch (SocketException)
                {
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("xenstored did not serve its socket within 10 s");
    }
}
