using ChannelConfig.Configuration;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Configuration;

/// <summary>
/// The reader keeps records and makes its objects on first use: whichever thread asks first,
/// every caller sees the same settings and values, with the spans the source gives; a list's
/// items are made each time they are asked for, equal each time, and never kept.
/// </summary>
public sealed class LazyObjectsTests
{
    private const string Text =
        "name = \"vm\"\nmemory = 512\n# a comment\nchannel = [ \"connection=pty,name=a.b.c\" ]\nchannel += [ 'connection=socket,path=/run/x.sock,name=é.b.c' ]\nextra = \"x\"\nextra += \"y\"\n";

    [Fact]
    public void Threads_that_race_for_the_objects_all_get_the_same_ones()
    {
        for (int round = 0; round < 20; round++)
        {
            var config = XlConfigReader.Parse(Text);
            var settings = new XlSetting[8][];
            var effective = new XlEffectiveSetting[8][];
            var lastSettings = new XlSetting[8][];
            Parallel.For(0, 8, t =>
            {
                // Half the threads start from the settings, half from the effective values.
                if (t % 2 == 0)
                {
                    settings[t] = [.. config.Settings];
                    effective[t] = [.. config.Effective];
                }
                else
                {
                    effective[t] = [.. config.Effective];
                    settings[t] = [.. config.Settings];
                }

                lastSettings[t] = [.. effective[t].Select(e => e.LastSetting)];
            });

            for (int t = 1; t < 8; t++)
            {
                Assert.Equal(settings[0], settings[t], ReferenceEqualityComparer.Instance);
                Assert.Equal(effective[0], effective[t], ReferenceEqualityComparer.Instance);
                Assert.Equal(lastSettings[0], lastSettings[t], ReferenceEqualityComparer.Instance);
            }
        }
    }

    [Fact]
    public void Objects_made_late_have_the_spans_and_identities_of_the_file()
    {
        var config = XlConfigReader.Parse(Text);
        Assert.True(config.TryGetEffective("channel", out var channel));
        var items = ((XlList)channel.Value).Items;
        Assert.Equal(2, items.Count);

        // The combined list holds the items of the two assignments' values. Items are made each
        // time they are asked for and not kept (a list of a million items keeps no objects), so
        // two requests give two objects with the same span and bytes.
        AssertSameItem(((XlList)config.Settings[2].Value).Items[0], items[0]);
        AssertSameItem(((XlList)config.Settings[3].Value).Items[0], items[1]);
        Assert.NotSame(items[0], items[0]);
        Assert.Same(config.Settings[3], channel.LastSetting);
        Assert.Same(config.Settings[2], channel.FirstSetting);

        // Spans come from the line map: line 5, and columns count characters (é is two bytes).
        var second = (XlString)items[1];
        Assert.Equal(new SourcePosition(Text.IndexOf("'connection=socket", StringComparison.Ordinal), 5, 14), second.Span.Start);
        Assert.Equal(5, second.XlLine);
        Assert.Equal(config.Source.GetPosition(second.Span.End.Offset), second.Span.End);
        Assert.Equal(Text.Split('\n')[4].Length - 1, second.Span.End.Column); // after the closing quote, before " ]"; é counts once
    }

    private static void AssertSameItem(XlValue expected, XlValue actual)
    {
        var (e, a) = (Assert.IsType<XlString>(expected), Assert.IsType<XlString>(actual));
        Assert.Equal(e.Span, a.Span);
        Assert.Equal(e.XlLine, a.XlLine);
        Assert.Equal(e.Form, a.Form);
        Assert.Equal(e.Bytes.ToArray(), a.Bytes.ToArray());
    }
}
