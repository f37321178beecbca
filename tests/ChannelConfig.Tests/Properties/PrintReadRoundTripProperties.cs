using ChannelConfig.Configuration;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Properties;

/// <summary>Printing a model as xl.cfg and reading it back gives the same names, operators and value trees, in order.</summary>
public sealed class PrintReadRoundTripProperties
{
    [Fact]
    public void Printed_models_read_back_unchanged() =>
        PropertyRunner.Check(XlGenerators.Configs, c =>
        {
            byte[] text = XlCfgPrinter.Print(c.Settings, c.Layout);
            var config = XlConfigReader.Read(new SourceText("p.cfg", text));
            var read = config.Settings.Select(ModelSetting.From).ToList();
            Assert.Equal(c.Settings, read);
        }, maxTest: 300); // no replayed defect sets it; kept as it was: tests/README.md, "Property sizes"

    [Fact]
    public void A_single_string_with_every_byte_but_nul_reads_back()
    {
        byte[] all = [.. Enumerable.Range(1, 255).Select(i => (byte)i)];
        foreach (byte quote in "\"'"u8.ToArray())
        {
            foreach (bool escapeControls in new[] { true, false })
            {
                byte[] text = [.. "v = "u8, .. XlCfgPrinter.Quote(all, quote, escapeControls), (byte)'\n'];
                var config = XlConfigReader.Read(new SourceText("p.cfg", text));
                Assert.Equal(new ModelString(all), ModelValue.From(Assert.Single(config.Settings).Value));
            }
        }
    }

    [Fact]
    public void A_nul_cannot_be_printed() =>
        Assert.Throws<ArgumentException>(() => XlCfgPrinter.Quote("a\0b"u8));
}
