using ChannelConfig.Channels;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Cli;

/// <summary>Reads one input file for a command, turning I/O failures into a one-line message.</summary>
internal static class InputFile
{
    /// <summary>Reads a file's bytes.</summary>
    /// <param name="path">The path, as given on the command line (it is also the name in messages, as for xl).</param>
    /// <param name="stderr">Where a failure is reported.</param>
    /// <param name="source">The file, when it could be read.</param>
    /// <returns>True when the file could be read.</returns>
    public static bool TryRead(string path, TextWriter stderr, out SourceText source)
    {
        source = null!;
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"xlchan: {path}: is a directory");
                return false;
            }

            source = new SourceText(path, File.ReadAllBytes(path));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"xlchan: {path}: {Describe(e)}");
            return false;
        }
    }

    /// <summary>Reads and lints a file.</summary>
    public static bool TryLint(string path, ChannelOptions options, TextWriter stderr, out LintResult result)
    {
        result = null!;
        if (!TryRead(path, stderr, out var source))
        {
            return false;
        }

        result = XlLinter.Lint(source, options);
        return true;
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
