using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Syntax;
using ChannelConfig.Tests.Conformance;
using ChannelConfig.Tests.Properties;
using Xunit.Sdk;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// The Pidgin channel-item grammar and <see cref="ChannelItemSplitter"/> give the same field
/// bounds, for Xen 4.18 and later and for 4.17 and earlier, on every channel item of the
/// conformance data and on generated items (a disagreement shrinks to the fewest pieces).
/// </summary>
public sealed class ChannelItemGrammarTests
{
    [Fact]
    public void Grammar_and_splitter_agree_on_every_conformance_channel_item()
    {
        var items = ConformanceCase.All()
            .SelectMany(c => XlConfigReader.ReadFile(c.CfgPath).Settings)
            .Where(s => s.Name == "channel" && s.Value is XlList)
            .SelectMany(s => ((XlList)s.Value).Items.OfType<XlString>())
            .Select(s => CString(s.Bytes.Span))
            .ToList();
        var failures = items.Select(Disagreement).Where(d => d is not null).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"compared {items.Count} channel items, each both ways");
        Assert.True(items.Count > 100, $"only {items.Count} channel items were found");
        if (failures.Count > 0)
        {
            throw new XunitException($"{failures.Count} of {items.Count} items differ:\n" + string.Join("\n", failures.Take(5)));
        }
    }

    [Fact]
    public void Grammar_and_splitter_agree_on_generated_channel_items() =>
        PropertyRunner.Check(GeneratedInput.ChannelItems, input =>
        {
            string? disagreement = Disagreement(CString(input.Bytes));
            Assert.True(disagreement is null, disagreement);
        }, maxTest: 1000);

    /// <summary>The item as xl's C string holds it: up to its first NUL.</summary>
    private static byte[] CString(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        return (nul < 0 ? bytes : bytes[..nul]).ToArray();
    }

    private static string? Disagreement(byte[] item)
    {
        foreach (bool upTo417 in new[] { false, true })
        {
            var grammar = ChannelItemGrammar.Split(item, upTo417);
            var splitter = new List<ChannelFieldBounds>();
            int next = 0;
            while (ChannelItemSplitter.Next(item, upTo417, ref next, out var field))
            {
                splitter.Add(field);
            }

            if (!grammar.SequenceEqual(splitter))
            {
                return $"{(upTo417 ? "<= 4.17" : ">= 4.18")} item {Convert.ToHexString(item)}:\n grammar  {string.Join(" ", grammar)}\n splitter {string.Join(" ", splitter)}";
            }
        }

        return null;
    }
}
