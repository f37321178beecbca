namespace ChannelConfig.Cli;

/// <summary>The names of xlchan's own output streams, which an output path may give instead of a file.</summary>
internal static class StandardStreams
{
    /// <summary>
    /// The writer for <paramref name="path"/>: standard output when it is null, <c>/dev/stdout</c>,
    /// <c>/dev/fd/1</c> or <c>/proc/self/fd/1</c>; standard error for their <c>2</c>s; otherwise null
    /// (a file). Writing to the stream itself keeps a redirection's <c>&gt;&gt;</c> appending, where
    /// opening the name again would not.
    /// </summary>
    public static TextWriter? Writer(string? path, TextWriter stdout, TextWriter stderr) => path switch
    {
        null or "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" => stdout,
        "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2" => stderr,
        _ => null,
    };
}
