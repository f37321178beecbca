using System.Diagnostics;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Editing;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Editing;

/// <summary>Lossless edits of channels: style kept, bytes outside the edit untouched, results verified.</summary>
public sealed class EditorTests
{
    private static XlConfigEditor Editor(string text) => new(SourceText.FromString("vm.cfg", text));

    private static string Text(EditResult result)
    {
        Assert.True(result.Succeeded, result.Error);
        return Encoding.UTF8.GetString(result.Edited!.Bytes.Span);
    }

    [Fact]
    public void Adding_to_a_file_without_channels_creates_the_setting()
    {
        Assert.Equal("name = \"vm\"\nchannel = [ \"connection=pty, name=org.example.a.0\" ]\n",
            Text(Editor("name = \"vm\"\n").AddChannel(new ChannelSpec("org.example.a.0", ChannelConnection.Pty))));
        Assert.Equal("name = \"vm\"\nchannel = [ \"connection=pty, name=org.example.a.0\" ]\n",
            Text(Editor("name = \"vm\"").AddChannel(new ChannelSpec("org.example.a.0", ChannelConnection.Pty))));
    }

    [Fact]
    public void Adding_follows_a_one_line_list_with_its_quote_and_separator()
    {
        string text = "channel = [ 'connection=pty,name=org.example.a.0' ] # keep me\r\n";
        string result = Text(new XlConfigEditor(SourceText.FromString("vm.cfg", "a = 1\n" + text.Replace("\r\n", "\n", StringComparison.Ordinal)))
            .AddChannel(new ChannelSpec("org.example.b.0", ChannelConnection.Socket, "/run/b.sock")));
        Assert.Equal("a = 1\nchannel = [ 'connection=pty,name=org.example.a.0', 'connection=socket,path=/run/b.sock,name=org.example.b.0' ] # keep me\n", result);
    }

    [Fact]
    public void Adding_follows_a_one_item_per_line_list_with_its_indentation_and_trailing_comma()
    {
        string text = "channel = [\n\t\"connection=pty, name=org.example.a.0\", # first\n]\n";
        Assert.Equal("channel = [\n\t\"connection=pty, name=org.example.a.0\", # first\n\t\"connection=pty, name=org.example.b.0\",\n]\n",
            Text(Editor(text).AddChannel(new ChannelSpec("org.example.b.0", ChannelConnection.Pty))));

        string noComma = "channel = [\n    \"connection=pty, name=org.example.a.0\"\n]\n";
        Assert.Equal("channel = [\n    \"connection=pty, name=org.example.a.0\",\n    \"connection=pty, name=org.example.b.0\"\n]\n",
            Text(Editor(noComma).AddChannel(new ChannelSpec("org.example.b.0", ChannelConnection.Pty))));
    }

    [Fact]
    public void Adding_goes_to_the_last_list_of_a_plus_equals_chain()
    {
        string text = "channel = [ \"connection=pty, name=org.example.a.0\" ]\nchannel += [ \"connection=pty, name=org.example.b.0\" ]\n";
        var result = Editor(text).AddChannel(new ChannelSpec("org.example.c.0", ChannelConnection.Pty));
        Assert.EndsWith("\"connection=pty, name=org.example.b.0\", \"connection=pty, name=org.example.c.0\" ]\n", Text(result), StringComparison.Ordinal);
        Assert.Equal(3, XlLinter.Lint(result.Edited!).Channels.Channels.Count);
    }

    [Fact]
    public void Values_are_escaped_so_xl_reads_them_back_exactly()
    {
        var result = Editor("channel = [ ]\n").AddChannel(new ChannelSpec("org.ex\"a'mple\\x.z", ChannelConnection.Socket, "/run/a=b $(x) `y`.sock"));
        Assert.Equal("channel = [ \"connection=socket, path=/run/a=b $(x) `y`.sock, name=org.ex\\\"a'mple\\\\x.z\" ]\n", Text(result));
        var channel = Assert.Single(XlLinter.Lint(result.Edited!).Channels.Channels);
        Assert.Equal("org.ex\"a'mple\\x.z", channel.Name);

        // A tab could be escaped (\t), but validation says it breaks consumers: the edit is refused.
        var tab = Editor("channel = [ ]\n").AddChannel(new ChannelSpec("org.example\ta.0", ChannelConnection.Pty));
        Assert.Contains(DiagnosticCatalog.ChannelControlCharacter.Id, tab.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", null, "contains `,`")]
    [InlineData(" a", null, "blank")]
    [InlineData("a\u0001", null, "control character")]
    [InlineData("a\0", null, "NUL")]
    [InlineData("", null, "empty")]
    [InlineData("org.example.a.0", "/run/a,b.sock", "contains `,`")]
    public void Values_xl_cannot_represent_are_refused(string name, string? path, string reason)
    {
        var result = Editor("a = 1\n").AddChannel(new ChannelSpec(name, path is null ? ChannelConnection.Pty : ChannelConnection.Socket, path));
        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_4_18_an_equals_sign_in_a_value_is_refused()
    {
        var editor = new XlConfigEditor(SourceText.FromString("vm.cfg", "a = 1\n"), new ChannelOptions { Version = new XenVersion(4, 17, 0) });
        Assert.Contains("cuts the value", editor.AddChannel(new ChannelSpec("org.example.a.0", ChannelConnection.Socket, "/run/a=b")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_that_would_add_an_error_is_refused()
    {
        var result = Editor("channel = [ \"connection=socket, path=/run/a.sock, name=org.example.a.0\" ]\n")
            .AddChannel(new ChannelSpec("org.example.b.0", ChannelConnection.Socket, "/run/a.sock"));
        Assert.False(result.Succeeded);
        Assert.Contains(DiagnosticCatalog.DuplicateSocketPath.Id, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_with_syntax_errors_are_never_edited()
    {
        var result = Editor("a = [\n").AddChannel(new ChannelSpec("org.example.a.0", ChannelConnection.Pty));
        Assert.False(result.Succeeded);
        Assert.Contains("syntax errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_fields_replaces_values_in_place_and_adds_missing_ones()
    {
        string text = "channel = [ \"connection=pty,name=org.example.a.0\" ]\n";
        var result = Editor(text).SetChannel("org.example.a.0", new ChannelChanges(ChannelConnection.Socket, "/run/a.sock", Name: "org.example.b.0"));
        Assert.Equal("channel = [ \"connection=socket,name=org.example.b.0,path=/run/a.sock\" ]\n", Text(result));
    }

    [Fact]
    public void Setting_works_through_escapes_in_the_item()
    {
        string text = "channel = [ \"connection=pty,\\tname=org.example.a.0\\t\" ]\n";
        Assert.Equal("channel = [ \"connection=pty,\\tname=org.example.b.0\\t\" ]\n",
            Text(Editor(text).SetChannel("org.example.a.0", new ChannelChanges(Name: "org.example.b.0"))));
    }

    [Fact]
    public void Removing_takes_the_item_and_its_separator_or_its_whole_line()
    {
        Assert.Equal("channel = [ \"connection=pty,name=a.b.b\" ]\n",
            Text(Editor("channel = [ \"connection=pty,name=a.b.a\", \"connection=pty,name=a.b.b\" ]\n").RemoveChannel("a.b.a")));
        Assert.Equal("channel = [ \"connection=pty,name=a.b.a\" ]\n",
            Text(Editor("channel = [ \"connection=pty,name=a.b.a\", \"connection=pty,name=a.b.b\" ]\n").RemoveChannel("a.b.b")));
        Assert.Equal("channel = [\n  \"connection=pty,name=a.b.a\",\n]\n",
            Text(Editor("channel = [\n  \"connection=pty,name=a.b.a\",\n  \"connection=pty,name=a.b.b\", # gone\n]\n").RemoveChannel("a.b.b")));
    }

    [Fact]
    public void Removing_the_last_channel_leaves_an_empty_list_unless_asked_to_remove_the_setting()
    {
        string text = "name = \"vm\"\nchannel = [ \"connection=pty,name=a.b.a\" ]\nmemory = 512\n";
        Assert.Equal("name = \"vm\"\nchannel = []\nmemory = 512\n", Text(Editor(text).RemoveChannel("a.b.a")));
        Assert.Equal("name = \"vm\"\nmemory = 512\n", Text(Editor(text).RemoveChannel("a.b.a", removeEmptySetting: true)));
    }

    [Fact]
    public void Unknown_and_ambiguous_names_are_refused()
    {
        Assert.Contains("no channel named", Editor("a = 1\n").RemoveChannel("x").Error, StringComparison.Ordinal);
        Assert.Contains("2 channels", Editor("channel = [ \"connection=pty,name=a.b.a\", \"connection=pty,name=a.b.a\" ]\n").RemoveChannel("a.b.a").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_rewrite_the_2014_spelling_case_misspelt_keys_and_a_single_string()
    {
        var result = Editor("channel = \"type=PTY,nmae=org.example.a.0\"\n").ApplyFixes();
        Assert.Equal("channel = [ \"connection=pty,name=org.example.a.0\" ]\n", Text(result));
        Assert.False(result.HasErrors);

        var upper = Editor("channel = [ \"connection=SOCKET,path=/run/a.sock,name=org.example.a.0\" ]\n").ApplyFixes();
        Assert.Equal("channel = [ \"connection=socket,path=/run/a.sock,name=org.example.a.0\" ]\n", Text(upper));
    }

    [Fact]
    public void The_diff_applies_with_patch_and_gives_the_edited_file()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-patch-").FullName;
        string original = "# vm\r\nname = \"vm\"\nchannel = [\n    \"connection=PTY, name=org.example.a.0\",\n]\nmemory = 512";
        File.WriteAllText(Path.Combine(dir, "vm.cfg"), original);
        var editor = new XlConfigEditor(new SourceText("vm.cfg", File.ReadAllBytes(Path.Combine(dir, "vm.cfg"))));
        var fixedResult = editor.ApplyFixes();
        var added = new XlConfigEditor(fixedResult.Edited!).AddChannel(new ChannelSpec("org.example.b.0", ChannelConnection.Pty));
        foreach (var result in new[] { fixedResult, added })
        {
            File.WriteAllBytes(Path.Combine(dir, "vm.cfg"), result.Original.Bytes.ToArray());
            string diff = UnifiedDiff.Create("vm.cfg", result.Original, result.Edits);
            File.WriteAllText(Path.Combine(dir, "change.diff"), diff);
            var start = new ProcessStartInfo("patch", "-p1 -i change.diff") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            using var patch = Process.Start(start)!;
            string output = patch.StandardOutput.ReadToEnd() + patch.StandardError.ReadToEnd();
            patch.WaitForExit();
            Assert.True(patch.ExitCode == 0, output + "\n" + diff);
            Assert.Equal(result.Edited!.Bytes.ToArray(), File.ReadAllBytes(Path.Combine(dir, "vm.cfg")));
        }
    }

    [Fact]
    public void A_diff_at_the_end_of_a_file_without_newline_says_so()
    {
        var result = Editor("name = \"vm\"").AddChannel(new ChannelSpec("org.example.a.0", ChannelConnection.Pty));
        Assert.Contains("\\ No newline at end of file", UnifiedDiff.Create("vm.cfg", result.Original, result.Edits), StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_keep_every_byte_outside_them_on_every_conformance_and_peer_file()
    {
        int edited = 0;
        foreach (var c in Conformance.ConformanceCase.All())
        {
            var source = new SourceText(c.SourceName, File.ReadAllBytes(c.CfgPath));
            var editor = new XlConfigEditor(source);
            var before = XlLinter.Lint(source);
            if (before.Config.Verdict != XlVerdict.Accepted)
            {
                continue;
            }

            var results = new List<EditResult> { editor.AddChannel(new ChannelSpec("org.example.added.0", ChannelConnection.Socket, "/run/xlchan-added.sock")), editor.ApplyFixes() };
            foreach (var channel in before.Channels.ReadChannels.Where(ch => ch.Name is { Length: > 0 }).Take(3))
            {
                results.Add(editor.RemoveChannel(channel.Name!));
                results.Add(editor.SetChannel(channel.Name!, new ChannelChanges(Backend: "0")));
            }

            foreach (var result in results.Where(r => r.Changed))
            {
                edited++;
                AssertOnlyEditedBytesChange(source.Bytes.Span, result);
            }
        }

        Assert.True(edited > 300, $"only {edited} edits were made");
    }

    private static void AssertOnlyEditedBytesChange(ReadOnlySpan<byte> before, EditResult result)
    {
        var after = result.Edited!.Bytes.Span;
        int position = 0;
        int shift = 0;
        foreach (var edit in result.Edits)
        {
            int start = edit.Span.Start.Offset;
            Assert.True(before[position..start].SequenceEqual(after[(position + shift)..(start + shift)]));
            int inserted = Encoding.UTF8.GetByteCount(edit.NewText);
            shift += inserted - edit.Span.Length;
            position = edit.Span.End.Offset;
        }

        Assert.True(before[position..].SequenceEqual(after[(position + shift)..]));
    }
}
