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

        // xl announces the file before reading it; xlchan leaves that line out of its model.
        string stderr = xl.StderrText;
        string announcement = $"Parsing config from {path}\n";
        if (stderr.StartsWith(announcement, StringComparison.Ordinal))
        {
            stderr = stderr[announcement.Length..];
        }

        return new XlDryRun(xl.Exit, stderr, ChannelsMember(xl.StdoutText));
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
