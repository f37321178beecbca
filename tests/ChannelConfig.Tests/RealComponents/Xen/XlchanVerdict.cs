using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// What xlchan says xl 4.17 does with a file, in the terms of <see cref="XlDryRun"/>: the exit
/// status and the text xl prints (the library's model of xl, which <c>dump -f json</c> prints as
/// <c>xl.exit</c>, <c>xl.signal</c> and <c>xl.stderr</c>, there followed by the log of libxl's
/// set-up, which <c>xl -N</c> never reaches), and <c>dump -f libxl-json --xen 4.17</c>. When
/// xlchan says libxl's set-up fails (an unknown backend domain, say), that output holds only the
/// channels set up before; <c>xl -N</c> stops before libxl and prints them all, so the channels
/// as xl built them are compared instead.
/// </summary>
internal static class XlchanVerdict
{
    public static XlDryRun Of(string path, IEnumerable<string> options)
    {
        string[] arguments = [.. options.Where(o => o != "--xen" && o != "4.17"), "--xen", "4.17"];
        var channelOptions = ChannelOptionsFrom(arguments);
        var result = XlLinter.Lint(new SourceText(path, File.ReadAllBytes(path)), channelOptions);
        var analysis = result.Channels;
        // The model's exit status is the whole run's, libxl's set-up included, which runs only
        // once xl has accepted the file (and then fails creation with status 1); xl -N stops
        // before it, with status 0.
        int exit = analysis.XlSignal switch
        {
            null when analysis.LibxlRc != 0 => 0,
            null => analysis.XlExitCode ?? -1,
            "Aborted" => XlDryRun.Aborted,
            "Segmentation fault" => XlDryRun.SegmentationFault,
            string other => throw new InvalidOperationException($"unknown signal {other}"),
        };

        string? channels = null;
        if (exit == 0 && analysis.LibxlRc != 0)
        {
            channels = XlDryRun.ChannelsMember(LibxlJsonWriter.ToDomainConfig(analysis.XlChannels, LibxlJsonStyle.Yajl));
        }
        else if (exit == 0)
        {
            var (dumpExit, stdout, stderr) = CliRunner.Run(["dump", "-f", "libxl-json", .. arguments, path]);
            Assert.True(dumpExit is 0 or 1, $"xlchan dump -f libxl-json exited {dumpExit}: {stderr}");
            channels = XlDryRun.ChannelsMember(stdout);
        }

        return new XlDryRun(exit, analysis.XlOutput, channels);
    }

    /// <summary>The channel options of the command-line options the cases use (--domid, --domain NAME=ID; Xen 4.17).</summary>
    private static ChannelOptions ChannelOptionsFrom(string[] arguments)
    {
        var domains = new List<KeyValuePair<string, uint>>();
        uint domid = 1;
        for (int i = 0; i + 1 < arguments.Length; i++)
        {
            if (arguments[i] == "--domain")
            {
                string[] pair = arguments[i + 1].Split('=');
                domains.Add(new(pair[0], uint.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (arguments[i] == "--domid")
            {
                domid = uint.Parse(arguments[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.True(XenVersion.TryParse("4.17", out var version));
        return new ChannelOptions { Version = version, Domains = new DomainTable(domains), GuestDomid = domid };
    }
}
