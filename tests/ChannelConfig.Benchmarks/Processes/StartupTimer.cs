using ChannelConfig.Benchmarks.Inputs;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>
/// <c>--startup XLCHAN...</c>: wall time of single-file runs, to separate what dominates a start:
/// <c>--noop</c> of this (JIT) program is a bare .NET start; <c>xlchan --version</c> adds xlchan's
/// assemblies and command-line set-up; <c>xlchan lint typical.cfg</c> adds the lint pipeline
/// (code loading or JIT, FluentValidation, the work itself and the output).
/// </summary>
internal static class StartupTimer
{
    private const int Runs = 20;

    public static int Run(IReadOnlyList<string> xlchanPaths, TextWriter output)
    {
        string typical = Path.Combine(InputCatalog.InputsDirectory(), "typical.cfg");
        string self = Path.Combine(AppContext.BaseDirectory, "ChannelConfig.Benchmarks.dll");
        output.WriteLine($"bare .NET start (dotnet ChannelConfig.Benchmarks.dll --noop): {Time(new XlchanCommand(self), "--noop")}");
        foreach (string path in xlchanPaths)
        {
            var xlchan = new XlchanCommand(path);
            output.WriteLine($"[{path}] --version: {Time(xlchan, "--version")}");
            output.WriteLine($"[{path}] lint --help: {Time(xlchan, "lint", "--help")}");
            output.WriteLine($"[{path}] lint typical.cfg: {Time(xlchan, "lint", typical)}");
        }

        return 0;
    }

    private static WallTimes Time(XlchanCommand command, params string[] arguments)
    {
        command.Run(arguments); // warm-up: file cache
        var times = new WallTimes();
        for (int i = 0; i < Runs; i++)
        {
            times.Add(command.Run(arguments).Wall);
        }

        return times;
    }
}
