using ChannelConfig.Benchmarks.Inputs;

namespace ChannelConfig.Benchmarks.Processes;

/// <summary>
/// <c>--lint-files N XLCHAN...</c>: writes N copies of typical.cfg into a temporary folder and
/// times <c>xlchan lint FOLDER</c> as a process, once to warm the file cache, then measured runs.
/// </summary>
internal static class LintFilesTimer
{
    private const int MeasuredRuns = 5;

    public static int Run(int count, IReadOnlyList<string> xlchanPaths, TextWriter output)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"xlchan-bench-{count}");
        WriteCopies(folder, count);
        int status = 0;
        foreach (string path in xlchanPaths)
        {
            var xlchan = new XlchanCommand(path);
            var times = new WallTimes();
            var (_, exitCode, summary) = xlchan.Run("lint", folder); // warm-up
            for (int run = 0; run < MeasuredRuns; run++)
            {
                times.Add(xlchan.Run("lint", folder).Wall);
            }

            output.WriteLine($"xlchan lint {count} files [{path}]: {times} (exit {exitCode}: {summary})");
            status |= exitCode;
        }

        return status;
    }

    private static void WriteCopies(string folder, int count)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        byte[] typical = InputCatalog.Get(InputCatalog.Typical).Bytes;
        for (int i = 0; i < count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"vm{i:D5}.cfg"), typical);
        }
    }
}
