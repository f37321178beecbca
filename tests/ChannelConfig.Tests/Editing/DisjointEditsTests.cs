using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>
/// <see cref="DisjointEdits"/> accepts exactly the fixes that <see cref="EditApplier.AreDisjoint"/>
/// of the accepted edits followed by the fix's own accepts, in the same greedy order: random fixes
/// of replacements, deletions and insertions, many of them touching or sharing a start.
/// </summary>
public sealed class DisjointEditsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void It_accepts_what_sorting_every_edit_again_accepts(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 200; trial++)
        {
            var accepted = new List<TextEdit>();
            var disjoint = new DisjointEdits();
            int fixes = random.Next(1, 40);
            for (int f = 0; f < fixes; f++)
            {
                var fix = Fix(random);
                bool expected = EditApplier.AreDisjoint(accepted.Concat(fix));
                Assert.Equal(expected, disjoint.TryAdd(fix));
                if (expected)
                {
                    accepted.AddRange(fix);
                }
            }
        }
    }

    [Fact]
    public void Touching_edits_and_insertions_follow_the_applier_rule()
    {
        var disjoint = new DisjointEdits();
        Assert.True(disjoint.TryAdd([Edit(2, 4)]));
        Assert.True(disjoint.TryAdd([Edit(4, 6)]), "touching at the end");
        Assert.True(disjoint.TryAdd([Edit(0, 2)]), "touching at the start");
        Assert.True(disjoint.TryAdd([Edit(6, 6)]), "an insertion where an accepted edit ends");
        Assert.False(disjoint.TryAdd([Edit(3, 3)]), "an insertion inside an accepted edit");
        Assert.False(disjoint.TryAdd([Edit(2, 2)]), "an insertion where an accepted edit starts comes after it, so inside it");
        Assert.False(disjoint.TryAdd([Edit(8, 9), Edit(8, 10)]), "a fix whose own edits overlap");
        Assert.True(disjoint.TryAdd([Edit(8, 9), Edit(9, 10)]));
    }

    private static List<TextEdit> Fix(Random random)
    {
        int count = random.Next(1, 4);
        var edits = new List<TextEdit>();
        for (int i = 0; i < count; i++)
        {
            int start = random.Next(0, 60);
            edits.Add(Edit(start, start + random.Next(0, 4)));
        }

        return edits;
    }

    private static TextEdit Edit(int start, int end) =>
        new(new SourceSpan(new SourcePosition(start, 1, start + 1), new SourcePosition(end, 1, end + 1)), "x");
}
