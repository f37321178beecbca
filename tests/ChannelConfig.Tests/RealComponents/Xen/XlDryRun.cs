using ChannelConfig.Text;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// What xl does with a file under <c>xl -N create</c> (parse, build the domain config, print it
/// as JSON, create nothing): its exit status, what it prints on standard error, and the
/// <c>"channels"</c> member of its JSON (null when it prints none).
/// </summary>
internal sealed record XlDryRun(int Exit, string Stderr, string? Channels)
{
    /// <summary>The exit status of a process killed by SIGABRT and by SIGSEGV.</summary>
    public const int Aborted = 128 + 6;
    public const int SegmentationFault = 128 + 11;

    /// <summary>Runs the real xl under the shim on <paramref name="path"/>.</summary>
    public static XlDryRun Real(ShimmedXenstore xen, string path)
    {
        var xl = xen.Xl("-N", "create", path);

        // xl prints bytes (yajl copies a file's bytes into its JSON strings as they are); xlchan
        // holds them as text decoded as ByteText does (valid UTF-8 as UTF-8, anything else byte
        // by byte), so each line of both streams is decoded that way.
        string stderr = DecodeLines(xl.Stderr);

        // xl announces the file before reading it; xlchan leaves that line out of its model.
        string announcement = $"Parsing config from {path}\n";
        if (stderr.StartsWith(announcement, StringComparison.Ordinal))
        {
            stderr = stderr[announcement.Length..];
        }

        return new XlDryRun(xl.Exit, stderr, ChannelsMember(DecodeLines(xl.Stdout)));
    }

    /// <summary>Decodes each line of <paramref name="bytes"/> as <see cref="ByteText.Decode"/> does.</summary>
    public static string DecodeLines(byte[] bytes)
    {
        var lines = new List<string>();
        int start = 0;
        for (int end; (end = Array.IndexOf(bytes, (byte)'\n', start)) >= 0; start = end + 1)
        {
            lines.Add(ByteText.Decode(bytes.AsSpan(start, end - start)));
        }

        lines.Add(ByteText.Decode(bytes.AsSpan(start)));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The <c>"channels"</c> member of xl's pretty-printed JSON (four-blank indents, as yajl
    /// prints it), from its name to its closing bracket, without the comma after it.
    /// </summary>
    public static string? ChannelsMember(string json)
    {
        string[] lines = json.Split('\n');
        int start = Array.IndexOf(lines, "    \"channels\": [");
        if (start < 0)
        {
            return null;
        }

        int end = Array.FindIndex(lines, start, l => l is "    ]" or "    ],");
        return string.Join('\n', lines[start..(end + 1)]).TrimEnd(',');
    }

    public override string ToString() => $"exit {Exit}\nstderr: {Stderr}\nchannels: {Channels ?? "(none)"}";
}
