using System.Diagnostics;
using System.Globalization;
using ChannelConfig.Emitters.Guest;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Emitters.Qemu;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Reporting;
using ChannelConfig.Text;
using ChannelConfig.Validation;
using ChannelConfig.Emitters;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Measures one huge input in this process: lint time, emit time (xenstore, libxl JSON, QEMU, the
/// text report), bytes allocated, bytes retained by the result, and peak working set. Prints one
/// <c>key=value</c> line for <see cref="PathologicalRun"/>.
/// </summary>
internal static class PathologicalCase
{
    public static int Run(string name, double scale)
    {
        var build = PathologicalInputs.Cases.FirstOrDefault(c => c.Name == name).Build;
        if (build is null)
        {
            Console.Error.WriteLine($"xlchan-fuzz: no pathological case '{name}'");
            return 2;
        }

        long startPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        byte[] input = build(scale);
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = XlLinter.Lint(new SourceText("huge.cfg", input));
        double lintSeconds = clock.Elapsed.TotalSeconds;
        long lintAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        clock.Restart();
        object output;
        try
        {
            output = Emit(result) / 1e6;
        }
        catch (OutOfMemoryException)
        {
            // A text beyond .NET's 2^30-character strings (the xenstore listing of a million
            // channels): what xlchan reports as "too large for this output".
            output = "too-large";
        }

        double emitSeconds = clock.Elapsed.TotalSeconds;

        var codes = result.Diagnostics.Select(d => d.Code).Distinct().Take(6);
        var fields = new (string, object)[]
        {
            ("case", name), ("inputMB", input.Length / 1e6), ("lintS", lintSeconds), ("emitS", emitSeconds),
            ("allocMB", lintAllocated / 1e6), ("retainedMB", retained / 1e6), ("peakMB", Process.GetCurrentProcess().PeakWorkingSet64 / 1e6),
            ("peakX", (Process.GetCurrentProcess().PeakWorkingSet64 - startPeak) / (double)Math.Max(1, input.Length)),
            ("diagnostics", result.Diagnostics.Count), ("codes", string.Join('+', codes)), ("verdict", result.Verdict),
            ("settings", result.Config.Settings.Count), ("channels", result.Channels.ReadChannels.Count), ("outputMB", output),
        };
        Console.WriteLine(string.Join(' ', fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Item1}={Format(f.Item2)}"))));
        GC.KeepAlive(result);
        return 0;
    }

    /// <summary>
    /// Writes every output xlchan makes of a file (the dump formats, as the command streams them,
    /// and the text report) to a counting writer, and returns the characters written: nothing is
    /// built whole, so memory stays with the lint result whatever the output's size.
    /// </summary>
    private static long Emit(LintResult result)
    {
        var output = new CountingWriter();
        foreach (var format in new[] { "json", "jsonl" })
        {
            DumpJsonWriter.WriteDocument(output, result, indented: format == "json");
        }

        XenstoreWriter.WriteListing(output, result.Channels);
        XenstoreWriter.WriteJson(output, result.Channels);
        XenstoreWriter.WriteScript(output, result.Channels, "huge");
        LibxlJsonWriter.WriteChannelsMember(output, result.Channels.Channels, LibxlJsonStyle.Yajl);
        foreach (string argument in QemuChardevEmitter.EnumerateArguments(result.Channels))
        {
            output.Write(argument);
        }

        LibvirtXenChannelEmitter.Write(output, result.Channels, _ => { });
        KvmLibvirtChannelEmitter.Write(output, result.Channels, _ => { });
        // dump -f kvm takes at most KvmQemuChannelEmitter.MaxChannels channels; beyond, xlchan prints the diagnostic (XLC0217).
        if (KvmQemuChannelEmitter.CheckChannelCount(result.Channels) is { } tooMany)
        {
            output.Write(DiagnosticTextFormatter.Format("huge.cfg", result.Config.Source, tooMany, color: false));
        }
        else
        {
            ShellCommandLine.Write(output, KvmQemuChannelEmitter.EnumerateArguments(result.Channels));
        }
        GuestChannelLinkEmitter.Write(output, result.Channels);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Write(DiagnosticTextFormatter.Format("huge.cfg", result.Config.Source, diagnostic, color: false));
        }

        return output.Count;
    }

    /// <summary>A writer that keeps only the number of characters written to it.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Count { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Count++;

        public override void Write(string? value) => Count += value?.Length ?? 0;

        public override void Write(char[] buffer, int index, int count) => Count += count;

        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("F2", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
