using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>
/// <see cref="OrderedEdits"/> gives the fixes' edits in exactly the order
/// <see cref="EditApplier.Order"/> gives them taken one after another (by start; ties fix by fix,
/// edit by edit), whether the fixes come in order (no list is made) or not, empty fixes included.
/// </summary>
public sealed class OrderedEditsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Its_order_is_the_applier_order(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 300; trial++)
        {
            bool inOrder = trial % 2 == 0;
            var fixes = new List<IReadOnlyList<TextEdit>>();
            int at = 0;
            for (int f = random.Next(0, 8); f > 0; f--)
            {
                var fix = new List<TextEdit>();
                for (int e = random.Next(0, 4); e > 0; e--)
                {
                    at = inOrder ? at + random.Next(0, 3) : random.Next(0, 30);
                    fix.Add(Edit(at, at + random.Next(0, 2), $"{fixes.Count}.{fix.Count}"));
                }

                fixes.Add(fix);
            }

            var expected = EditApplier.Order(fixes.SelectMany(f => f));
            var ordered = new OrderedEdits(fixes);
            Assert.Equal(expected.Count, ordered.Count);
            Assert.Equal(expected, ordered); // the same objects, in the same order
            Assert.Equal(expected, Enumerable.Range(0, ordered.Count).Select(i => ordered[i]));
        }
    }

    private static TextEdit Edit(int start, int end, string text) =>
        new(new SourceSpan(new SourcePosition(start, 1, start + 1), new SourcePosition(end, 1, end + 1)), text);
}
