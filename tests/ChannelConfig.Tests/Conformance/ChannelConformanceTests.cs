using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Conformance;

/// <summary>
/// The channel stage against xl's and libxl's own code on every case that recorded it: xl's
/// verdict, exact stderr, the channels xl builds, libxl's return code and log, and the channels
/// after libxl's set-up; for the hand-written vectors also under Xen 4.20.0 and 4.17.0.
/// </summary>
public sealed class ChannelConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceCase.All().Where(c => c.Xl is not null))
        {
            data.Add(c.Id);
        }

        return data;
    }

    public static TheoryData<string, string> LegacyCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in ConformanceCase.All())
        {
            if (c.Root.TryGetProperty("xlchan_legacy_summary", out var legacy))
            {
                foreach (var version in legacy.EnumerateObject())
                {
                    data.Add(c.Id, version.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Xl_and_libxl_give_xens_result(string id)
    {
        var c = ConformanceCase.Get(id);
        var xl = c.Xl!.Value;
        var libxl = xl.TryGetProperty("libxl", out var l) ? l : xl;
        uint domid = xl.TryGetProperty("domid", out var d) ? d.GetUInt32() : 1;
        var analysis = Analyze(c, XenVersion.Newest, domid);
        CompareRun(analysis, xl, libxl, libxlKeys: xl.TryGetProperty("libxl", out _) ? ("rc", "log") : ("libxl_rc", "libxl_log"));
    }

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void Older_xen_releases_give_their_result(string id, string release)
    {
        var c = ConformanceCase.Get(id);
        var summary = c.Root.GetProperty("xlchan_legacy_summary").GetProperty(release);
        Assert.True(XenVersion.TryParse(release["RELEASE-".Length..], out var version));
        uint domid = c.Xl?.TryGetProperty("domid", out var d) == true ? d.GetUInt32() : 1;
        var analysis = Analyze(c, version, domid);
        CompareRun(analysis, summary, summary, ("libxl_rc", "libxl_log"));
    }

    private static ChannelAnalysis Analyze(ConformanceCase c, XenVersion version, uint domid)
    {
        var config = SyntaxConformanceTests.Read(c);
        var domains = new DomainTable([new("drv", 5u)]);
        return ChannelAnalyzer.Analyze(config, new ChannelOptions { Version = version, Domains = domains, GuestDomid = domid });
    }

    private static void CompareRun(ChannelAnalysis analysis, JsonElement xl, JsonElement libxl, (string Rc, string Log) libxlKeys)
    {
        bool signal = xl.TryGetProperty("xl_signal", out var s) && s.ValueKind == JsonValueKind.String;
        int cfgRc = xl.TryGetProperty("cfg", out var cfg) ? cfg.GetProperty("rc").GetInt32() : 0;
        int xlExit = xl.TryGetProperty("xl_exit", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 0;
        int libxlRc = libxl.TryGetProperty(libxlKeys.Rc, out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : 0;
        var expected = signal ? XlVerdict.Crash : cfgRc != 0 || xlExit != 0 || libxlRc != 0 ? XlVerdict.Rejected : XlVerdict.Accepted;
        Assert.Equal(expected, analysis.Verdict);
        if (signal)
        {
            Assert.Equal(s.GetString(), analysis.XlSignal);
        }

        if (xl.TryGetProperty("stderr", out var stderr) && stderr.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(stderr.GetString(), analysis.XlOutput);
        }

        if (xl.TryGetProperty("xl_channels", out var xlChannels) && xlChannels.ValueKind == JsonValueKind.Array && xlExit == 0 && !signal)
        {
            Assert.Equal(Describe(xlChannels), Describe(analysis.XlChannels));
        }

        if (libxl.TryGetProperty(libxlKeys.Log, out var log) && log.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(log.GetString(), analysis.LibxlLog);
            Assert.Equal(libxlRc, analysis.LibxlRc);
        }

        if (libxl.TryGetProperty("channels_after", out var after) && after.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(Describe(after), Describe(analysis.Channels));
        }
    }

    private static string Describe(JsonElement channels) => string.Join("\n", channels.EnumerateArray().Select(c =>
        $"{c.GetProperty("backend_domid").GetUInt32()} {Str(c, "backend_domname")} {c.GetProperty("devid").GetInt32()} {Str(c, "name")} {c.GetProperty("connection").GetString()} {Str(c, "path")}"));

    private static string Describe(IReadOnlyList<DeviceChannel> channels) => string.Join("\n", channels.Select(c =>
        $"{c.BackendDomid} {c.BackendDomname ?? "<null>"} {c.Devid} {c.Name ?? "<null>"} {c.Connection.ToString().ToLowerInvariant()} {c.Path ?? "<null>"}"));

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "<null>";
}
