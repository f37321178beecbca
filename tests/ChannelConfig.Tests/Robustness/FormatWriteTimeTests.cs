using ChannelConfig.Cli.Commands;
using ChannelConfig.Emitters;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 11: every format <c>xlchan dump</c> writes takes time linear in the channels.
/// Timed, so run alone after the parallel tests (<see cref="SerialCollection"/>).
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
[Collection(SerialCollection.Name)]
public sealed class FormatWriteTimeTests
{
    /// <summary>Each format's writer takes time linear in the channels (see <see cref="Measure.AssertLinear(Func{int, byte[]}, int, Action{byte[]}, double)"/>).</summary>
    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("xenstore")]
    [InlineData("xenstore-json")]
    [InlineData("xenstore-script")]
    [InlineData("libxl-json")]
    [InlineData("qemu")]
    [InlineData("libvirt")]
    [InlineData("kvm")]
    [InlineData("kvm-libvirt")]
    [InlineData("udev")]
    public void A_format_is_written_in_linear_time(string format)
    {
        var write = DumpFormats.Writers[format];
        var settings = new DumpSettings(LibxlJsonStyle.Yajl);
        var results = new Dictionary<int, LintResult>();
        Measure.AssertLinear(
            n => Inputs.Channels(n / (format == "kvm" ? 750 : 75)), // kvm: 40 and 400 channels, within QEMU's 510
            30_000,
            input =>
            {
                if (!results.TryGetValue(input.Length, out var result))
                {
                    result = results[input.Length] = XlLinter.Lint(new SourceText("big.cfg", input));
                }

                write(TextWriter.Null, result, settings, _ => { });
            });
    }
}
