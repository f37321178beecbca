using System.Diagnostics;
using System.Globalization;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Tests.EndToEnd;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 11: every command and format of <c>xlchan</c> runs in at most eight times its
/// input plus 32 MB. Each runs as a process whose garbage-collected heap is capped there
/// (<c>DOTNET_GCHeapHardLimit</c>): a command that needs more fails with an out-of-memory error, as
/// it would on a machine with that little memory. Before outputs were streamed, a dump built its
/// output whole (as UTF-16 strings, then copied): JSON, jsonl and the xenstore formats took about
/// 200 times the input, and the limit here failed them and <c>udev</c>. The inputs are 1 MB, so
/// the constant covers the runtime itself; <c>fix</c> and the edits are also checked at full size
/// below (see docs/robustness.md).
/// </summary>
/// <remarks>
/// Each check is a process of its own with its own heap cap, so these run beside the other tests
/// (what else runs changes how long a check takes, not how much memory it needs); the timing of
/// the format writers, which must run alone, is in <see cref="FormatWriteTimeTests"/>.
/// </remarks>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class CommandMemoryTests : IDisposable
{
    private const long Constant = 32_000_000;
    private const int Channels = 13_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-memory-").FullName;

    public static TheoryData<string> Commands => new()
    {
        "lint big.cfg",
        "lint --format json big.cfg",
        "lint appended.cfg",
        "dump -f json big.cfg",
        "dump -f jsonl big.cfg appended.cfg",
        "dump -f xenstore big.cfg",
        "dump -f xenstore-json big.cfg",
        "dump -f xenstore-script big.cfg",
        "dump -f libxl-json big.cfg",
        "dump -f qemu big.cfg",
        "dump -f libvirt big.cfg",
        "dump -f kvm kvm.cfg",
        "dump -f kvm-libvirt big.cfg",
        "dump -f udev big.cfg",
        "dump -f json -o out.json big.cfg",
        "dump -f json appended.cfg",
        "channel list big.cfg",
        "channel add big.cfg --name org.example.new.0 --connection pty",
        "channel set big.cfg --name org.example.agent.7 --connection pty",
        "channel remove big.cfg --name org.example.agent.7",
        "fix fixable.cfg",
        "import-libvirt domain.xml",
        "dump -f json settings.cfg",
        "dump -f json crlf.cfg",
        "lint --format json crlf.cfg",
        "lint --format sarif crlf.cfg",
        "fix crlf.cfg",
        "explain XLC0029",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_runs_within_eight_times_its_input(string command)
    {
        WriteInputs();
        string[] args = command.Split(' ');
        long input = args.Where(a => File.Exists(Path.Combine(_dir, a))).Sum(a => new FileInfo(Path.Combine(_dir, a)).Length);
        long limit = (8 * input) + Constant;
        var (exit, stdoutBytes, stderr) = Run(limit, args);
        Assert.True(exit is 0 or 1, $"xlchan {command} with {input / 1e6:F1} MB of input in {limit / 1e6:F0} MB: exit {exit}, {Head(stderr)}");
        Assert.True(stdoutBytes > 0 || command.Contains("-o", StringComparison.Ordinal), $"xlchan {command} printed nothing");
    }

    /// <summary>
    /// An edit reads the file to plan it and reads the edited file to verify it, never holding
    /// both readings at once, and a reading keeps no strings per channel (a channel's name and
    /// path are decoded from the file's bytes when asked for): on 8 MB of short channel items an
    /// edit fits in eight times its input, with the garbage collector xlchan runs with. It needed
    /// 11 to 13 times while it kept the first reading, and 9 to 10 while each channel kept its
    /// name and path as strings (docs/robustness.md).
    /// </summary>
    /// <remarks>
    /// Measured with the default (regions) collector, which passes here from seven times the
    /// input. The segments collector, used above for the small limits at which the regions
    /// collector crashes, keeps memory committed after the first reading is collected that the
    /// edited file's large arrays cannot use, and needs about nine times for the same edit.
    /// </remarks>
    [Theory]
    [InlineData("channel add big8.cfg --name org.example.new.0 --connection pty")]
    [InlineData("channel set big8.cfg --name org.example.agent.7 --connection pty")]
    [InlineData("channel remove big8.cfg --name org.example.agent.7")]
    public void An_edit_holds_one_reading_of_the_file_at_a_time(string command)
    {
        File.WriteAllBytes(Path.Combine(_dir, "big8.cfg"), Inputs.Channels(8 * Channels));
        long input = new FileInfo(Path.Combine(_dir, "big8.cfg")).Length;
        long limit = (8 * input) + Constant;
        var (exit, stdoutBytes, stderr) = Run(limit, command.Split(' '), regionsCollector: true);
        Assert.True(exit == 0, $"xlchan {command} with {input / 1e6:F1} MB of input in {limit / 1e6:F0} MB: exit {exit}, {Head(stderr)}");
        Assert.True(stdoutBytes > 0, $"xlchan {command} printed no diff");
    }

    /// <summary>
    /// <c>fix</c> of a file in which every item needs a fix (200,000 <c>connection=PTY</c> items,
    /// 9.5 MB) keeps the file, its current version and one reading through each of its rounds.
    /// A reading keeps no object per list item and about 100 bytes per channel, so it fits in
    /// seven times its input, below the eight the other commands are held to: with the list
    /// keeping each item as an object it failed at seven (and needed about ten times at 14 MB).
    /// </summary>
    [Fact]
    public void A_fix_of_every_item_holds_one_reading_at_a_time()
    {
        File.WriteAllText(Path.Combine(_dir, "every.cfg"), "channel = [\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i =>
            $"\"connection=PTY,name=org.example.agent.{i}\",\n")) + "]\n");
        long input = new FileInfo(Path.Combine(_dir, "every.cfg")).Length;
        long limit = (7 * input) + Constant;
        var (exit, stdoutBytes, stderr) = Run(limit, ["fix", "every.cfg"], regionsCollector: true);
        Assert.True(exit == 1, $"xlchan fix with {input / 1e6:F1} MB of input in {limit / 1e6:F0} MB: exit {exit}, {Head(stderr)}");
        Assert.Contains("3000 to fix in the diff", stderr, StringComparison.Ordinal);
        Assert.True(stdoutBytes > 0, "xlchan fix printed no diff");
    }

    /// <summary>
    /// Out of memory is a last resort, but when it comes it is one line and exit 2: lint reads its
    /// files in parallel, and the refusal used to arrive wrapped in an <see cref="AggregateException"/>
    /// that ended the process with a stack trace (exit 134).
    /// </summary>
    [Theory]
    [InlineData("lint big4.cfg")]
    [InlineData("dump -f json big4.cfg")]
    public void Running_out_of_memory_is_one_line(string command)
    {
        File.WriteAllBytes(Path.Combine(_dir, "big4.cfg"), Inputs.Channels(4 * Channels));
        var (exit, _, stderr) = Run(16 * 1024 * 1024, command.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal("xlchan: out of memory: the input is too large for this output (a file named by -o or --in-place is left as it was; standard output may hold part of it); split the file or choose a smaller output format\n", stderr.ReplaceLineEndings("\n"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void WriteInputs()
    {
        File.WriteAllBytes(Path.Combine(_dir, "big.cfg"), Inputs.Channels(Channels));

        // --format kvm takes at most KvmQemuChannelEmitter.MaxChannels channels (more is an error, XLC0217).
        File.WriteAllBytes(Path.Combine(_dir, "kvm.cfg"), Inputs.Channels(KvmQemuChannelEmitter.MaxChannels));
        File.WriteAllText(Path.Combine(_dir, "appended.cfg"), string.Concat(Enumerable.Range(0, Channels).Select(i =>
            $"channel += [ \"connection=socket,path=/run/xen/a{i}.sock,name=org.example.agent.{i}\" ]\n")));
        File.WriteAllText(Path.Combine(_dir, "fixable.cfg"), "channel = [\n" + string.Concat(Enumerable.Range(0, Channels).Select(i =>
            $"\"connection=PTY,name=org.example.agent.{i}\",\n")) + "]\n");
        // A million short settings at full size, here 1 MB: every setting is written by dump -f json,
        // and the CRLF file's fix holds an edit for each of its lines, written by every JSON format.
        File.WriteAllText(Path.Combine(_dir, "settings.cfg"), string.Concat(Enumerable.Repeat("a = 1\n", 166_000)));
        File.WriteAllText(Path.Combine(_dir, "crlf.cfg"), string.Concat(Enumerable.Repeat("a = 1\r\n", 142_000)));
        File.WriteAllText(Path.Combine(_dir, "domain.xml"), "<domain type='xen'><name>d</name><devices>\n" + string.Concat(Enumerable.Range(0, Channels).Select(i =>
            $"<channel type='unix'><source mode='bind' path='/run/a{i}.sock'/><target type='xen' name='org.example.a.{i}'/></channel>\n")) + "</devices></domain>\n");
    }

    /// <summary>
    /// Runs xlchan with its heap capped at <paramref name="limit"/> bytes; standard output is
    /// counted, not kept. The collector is the segments one unless <paramref name="regionsCollector"/>
    /// asks for the default.
    /// </summary>
    private (int Exit, long StdoutBytes, string Stderr) Run(long limit, string[] args, bool regionsCollector = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(XlchanProcess.Dll);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = limit.ToString("x", CultureInfo.InvariantCulture);

        // The regions garbage collector (the default) crashes with a segmentation fault at some
        // small limits (36 to 38 MiB, measured with .NET 10), where the segments collector
        // shipped beside it fails cleanly with an out-of-memory error.
        if (!regionsCollector && File.Exists(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "libclrgc.so")))
        {
            start.Environment["DOTNET_GCName"] = "libclrgc.so";
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var counted = new CountingStream();
        process.StandardOutput.BaseStream.CopyTo(counted);
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"xlchan {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, counted.Length, stderr.Result);
    }

    private static string Head(string text) => text.Length > 400 ? text[..400] : text;

    /// <summary>A stream that keeps only the number of bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
