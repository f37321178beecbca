using ChannelConfig.Configuration;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>Reads one input file for a command, turning I/O failures into a one-line message.</summary>
internal static class InputFile
{
    /// <summary>Reads and parses a file.</summary>
    /// <param name="path">The path, as given on the command line (it is also the name in messages, as for xl).</param>
    /// <param name="stderr">Where a failure is reported.</param>
    /// <param name="config">The configuration, when the file could be read.</param>
    /// <returns>True when the file could be read.</returns>
    public static bool TryRead(string path, TextWriter stderr, out XlConfig config)
    {
        config = null!;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"xlchan: {path}: is a directory");
                return false;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"xlchan: {path}: {Describe(e)}");
            return false;
        }

        config = XlConfigReader.Read(new SourceText(path, bytes));
        return true;
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
