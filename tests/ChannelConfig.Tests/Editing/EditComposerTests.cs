using System.Text;
using ChannelConfig.Editing;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>
/// A fix of several rounds is shown as the edits each round made, composed against the original:
/// applying them gives the fixed file, and lines no round touched are never in the diff.
/// </summary>
public sealed class EditComposerTests
{
    [Fact]
    public void Random_rounds_of_edits_compose_into_edits_that_make_the_final_text()
    {
        var random = new Random(20261207);
        for (int trial = 0; trial < 2000; trial++)
        {
            byte[] original = RandomText(random, random.Next(0, 60));
            var source = new SourceText("f.cfg", original);
            var current = source;
            var composer = new EditComposer();
            int rounds = random.Next(1, 5);
            for (int round = 0; round < rounds; round++)
            {
                var edits = RandomEdits(random, current);
                composer.Add(edits);
                current = new SourceText("f.cfg", EditApplier.Apply(current, edits));
            }

            var composed = composer.Edits(source, current.Bytes.Span);
            Assert.True(EditApplier.AreDisjoint(composed), $"trial {trial}: the composed edits overlap");
            Assert.Equal(current.Bytes.ToArray(), EditApplier.Apply(source, composed));
        }
    }

    [Fact]
    public void A_fix_of_several_rounds_shows_only_the_lines_it_changed()
    {
        // Round one puts the channel string in a list and lowers the hex digits; round two then
        // fixes the item inside the new list. The twenty lines between them are not touched.
        string middle = string.Concat(Enumerable.Range(0, 20).Select(i => $"# note {i}\n"));
        string text = $"channel = \"connection=PTY,name=org.example.a.0\"\n{middle}shadow_memory = 0xFF\n";
        var result = new XlConfigEditor(SourceText.FromString("vm.cfg", text)).ApplyFixes();
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal($"channel = [ \"connection=pty,name=org.example.a.0\" ]\n{middle}shadow_memory = 0xff\n", Encoding.UTF8.GetString(result.Edited!.Bytes.Span));
        Assert.True(result.FixesApplied >= 3, $"{result.FixesApplied} fixes");
        Assert.Equal(result.Edited.Bytes.ToArray(), EditApplier.Apply(result.Original, result.Edits));

        string diff = UnifiedDiff.Create("vm.cfg", result.Original, result.Edits);
        Assert.DoesNotContain("-# note", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("+# note", diff, StringComparison.Ordinal);
        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    private static byte[] RandomText(Random random, int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)"ab\n= \"x"[random.Next(7)];
        }

        return bytes;
    }

    private static List<TextEdit> RandomEdits(Random random, SourceText text)
    {
        var edits = new List<TextEdit>();
        int position = 0;
        int length = text.Bytes.Length;
        while (position <= length && random.Next(3) > 0)
        {
            int start = random.Next(position, Math.Min(length, position + 8) + 1);
            int end = random.Next(start, Math.Min(length, start + 4) + 1);
            string replacement = new([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => "XY\nz"[random.Next(4)])]);
            edits.Add(new TextEdit(text.GetSpan(start, end), replacement));
            position = end + (random.Next(2) == 0 ? 0 : 1);
            if (start == end && position == end)
            {
                position++; // two insertions at one offset would be ordered by their index: keep it simple
            }
        }

        return edits;
    }
}
