using ChannelConfig.Channels;
using ChannelConfig.Cli.Files;
using ChannelConfig.Text;

namespace ChannelConfig.Cli;

/// <summary>Reads one input file for a command, turning I/O failures into a one-line message.</summary>
internal static class InputFile
{
    /// <summary>The most bytes xlchan reads from one input (a configuration file is a few kilobytes).</summary>
    public const int MaxInputBytes = 256 * 1024 * 1024;

    /// <summary>What is said of an input larger than <see cref="MaxInputBytes"/>.</summary>
    public const string TooLarge = "larger than 256 MiB: not a configuration file (xlchan stops reading there)";

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
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Directory || (kind == FileKind.Unknown && Directory.Exists(path)))
            {
                stderr.WriteLine(ErrorLines.ForFile(path, "is a directory"));
                return false;
            }

            // A named FIFO (say, bash's <(...)) or device is read as a stream, up to the limit.
            using var stream = OpenRead(path, out string? error);
            if (stream is null)
            {
                stderr.WriteLine(ErrorLines.ForFile(path, error!));
                return false;
            }

            if (!TryReadAll(stream, out byte[] bytes))
            {
                stderr.WriteLine(ErrorLines.ForFile(path, TooLarge));
                return false;
            }

            source = new SourceText(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(ErrorLines.ForFile(path, Describe(e)));
            return false;
        }
    }

    /// <summary>
    /// Opens a file to read: by .NET's own means, or by the name's real bytes when it is not UTF-8
    /// (see <see cref="LinuxFileNames"/>; .NET would open another name).
    /// </summary>
    private static FileStream? OpenRead(string path, out string? error)
    {
        error = null;
        if (!FileNameText.HasEscapedBytes(path) || !LinuxFileNames.Supported)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }

        if (!LinuxFileNames.TryOpenRead(path, out var handle, out string message))
        {
            error = message;
            return null;
        }

        return new FileStream(handle, FileAccess.Read, 1);
    }

        /// <summary>What is said when asked to write a file whose name is not UTF-8.</summary>
    public const string CannotWriteName = "cannot write a file whose name is not UTF-8 (.NET would write to another name, a neighbour spelled with U+FFFD)";

    /// <summary>
    /// True when a file can be written by its name: not when the name holds bytes that are not
    /// UTF-8, which .NET's file APIs (and so <c>AtomicFile</c>) would replace with U+FFFD,
    /// writing another file, perhaps over a neighbour of that name.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>False when the name cannot be written safely.</returns>
    public static bool CanWriteByName(string path) => !FileNameText.HasEscapedBytes(path);

    /// <summary>Reads a stream to its end, unless it holds more than <see cref="MaxInputBytes"/> (see <see cref="BoundedRead"/>).</summary>
    /// <param name="stream">The stream (a file, a pipe, standard input).</param>
    /// <param name="bytes">Everything read.</param>
    /// <returns>False when the stream is larger than the limit (reading stops there).</returns>
    public static bool TryReadAll(Stream stream, out byte[] bytes) =>
        BoundedRead.TryReadAll((buffer, _) => stream.Read(buffer), stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0, MaxInputBytes, out bytes);

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
