using System.Text;
using System.Text.Json;
using ChannelConfig.Cli;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Tests.Properties;
using ChannelConfig.Text;
using FsCheck.Fluent;

namespace ChannelConfig.Tests.Text;

/// <summary>The one printable-text rule (issue 22, item 9), and the writers built on it.</summary>
public sealed class PrintableTextTests
{
    /// <summary>Every character the rule escapes, and how.</summary>
    public static TheoryData<string, string> Escapes => new()
    {
        { "a\nb", @"a\nb" },
        { "a\rb", @"a\rb" },
        { "a\tb", @"a\tb" },
        { "\u001b[2J", @"\x1b[2J" },
        { "\u0007\u0000\u007f", @"\x07\x00\x7f" },
        { "\u009b31m", @"\u009b31m" },
        { "\u0085", @"\u0085" },
        { "ab\u202ec", @"ab\u202ec" },
        { "\u202a\u202b\u202c\u202d", @"\u202a\u202b\u202c\u202d" },
        { "\u2066\u2067\u2068\u2069", @"\u2066\u2067\u2068\u2069" },
        { "\u200e\u200f\u061c", @"\u200e\u200f\u061c" },
        { "\u2028\u2029", @"\u2028\u2029" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Unsafe_characters_are_escaped(string text, string expected)
    {
        Assert.Equal(expected, PrintableText.Text(text));
        Assert.True(PrintableText.ContainsUnsafe(text));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_those_of_file_name_bytes_as_the_bytes()
    {
        // Not theory data: xunit replaces lone surrogates when it serializes cases.
        Assert.Equal(@"c\xff", PrintableText.Text("c\udcff"));
        Assert.Equal(@"\ud800x", PrintableText.Text("\ud800x"));
        Assert.Equal(@"x\ude00", PrintableText.Text("x\ude00"));
        Assert.True(PrintableText.ContainsUnsafe("\udcff"));
    }

    [Fact]
    public void Safe_text_is_kept_as_it_is_surrogate_pairs_and_accents_included()
    {
        const string text = "caf\u00e9 \U0001F600 \u20ac \\n <>&'\"";
        Assert.False(PrintableText.ContainsUnsafe(text));
        Assert.Same(text, PrintableText.Text(text));
        Assert.Equal(text.Replace("\\", "\\\\", StringComparison.Ordinal), PrintableText.Of(text));
    }

    [Fact]
    public void Paths_are_quoted_as_git_quotes_names_when_they_are_not_plain()
    {
        Assert.Equal("vms/web/bad.cfg", PrintableText.Path("vms/web/bad.cfg"));
        Assert.Equal("my vm.cfg", PrintableText.Path("my vm.cfg"));
        Assert.Equal("\"c\\xff\\n::error::x.cfg\"", PrintableText.Path("c\udcff\n::error::x.cfg"));
        Assert.Equal("\"a\\\\n.cfg\"", PrintableText.Path("a\\n.cfg"));
        Assert.Equal("\"\\\"q\\\".cfg\"", PrintableText.Path("\"q\".cfg"));
        Assert.Equal("\"\\u202egfc.exe\"", PrintableText.Path("\u202egfc.exe"));
    }

    [Fact]
    public void Fields_are_quoted_when_blank_or_empty_so_that_rows_keep_their_columns()
    {
        Assert.Equal("org.example.a.0", PrintableText.Field("org.example.a.0"));
        Assert.Equal("\"a b\"", PrintableText.Field("a b"));
        Assert.Equal("\"\"", PrintableText.Field(string.Empty));
        Assert.Equal("\"a\\n0 1 pty 0 forged -\"", PrintableText.Field("a\n0 1 pty 0 forged -"));
    }

    [Fact]
    public void Source_lines_keep_one_character_per_character_for_the_caret()
    {
        string line = "a\tb\u001bc\u202ed\U0001F600";
        string shown = PrintableText.SourceLine(line);
        Assert.Equal("a b?c?d\U0001F600", shown);
        Assert.Equal(line.Length, shown.Length);
    }

    [Fact]
    public void Every_escape_has_no_unsafe_character_whatever_the_input()
    {
        var chars = Gen.Elements<char>([.. "ab\\\"' \n\r\t\u001b\u0007\u007f\u009b\u0085\u202e\u2066\u200f\u061c\u2028\u2029\u00e9\ud83d\ude00\udcff\ud800"]);
        PropertyRunner.Check(chars.ArrayOf().Select(a => new string(a)), text =>
        {
            foreach (string shown in new[] { PrintableText.Text(text), PrintableText.Of(text), PrintableText.Path(text), PrintableText.Field(text), PrintableText.SourceLine(text) })
            {
                Assert.False(PrintableText.ContainsUnsafe(shown), $"{shown} from {text}");
            }
        });
    }

    [Fact]
    public void File_names_keep_their_bytes_through_a_string()
    {
        PropertyRunner.Check(Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf(), bytes =>
        {
            string name = FileNameText.Decode(bytes);
            Assert.Equal(bytes, FileNameText.Encode(name));
            Assert.Equal(!Utf8IsValid(bytes), FileNameText.HasEscapedBytes(name));
        });
        Assert.Equal("caf\u00e9", FileNameText.Decode("caf\u00e9"u8));
        Assert.Equal("c\udcff\udcfe.cfg", FileNameText.Decode([(byte)'c', 0xFF, 0xFE, .. ".cfg"u8]));
    }

    [Fact]
    public void Json_escapes_bidirectional_controls_and_reads_back_exactly()
    {
        const string value = "a\u202eb\u2066c\u200e\u061c\u2028\u009b\u001b\u00e9\U0001F600<>&'";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PrintableJsonEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString("v", value);
            writer.WriteString("u"u8, Encoding.UTF8.GetBytes(value));
            writer.WriteEndObject();
        }

        string json = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.False(PrintableText.ContainsUnsafe(json), json);
        Assert.Contains("\\u202E", json, StringComparison.Ordinal);
        Assert.Contains("\u00e9", json, StringComparison.Ordinal);
        Assert.Contains("<>&'", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(value, document.RootElement.GetProperty("v").GetString());
        Assert.Equal(value, document.RootElement.GetProperty("u").GetString());
    }

    [Fact]
    public void Github_annotations_carry_no_escape_sequence_and_no_bidi_control()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.All[0], default, "name `\u001b[2J\u202e\u009b` and\n::error::forged");
        string line = GitHubAnnotationWriter.Format("a\u001b]0;t\u0007.cfg", diagnostic);
        Assert.False(PrintableText.ContainsUnsafe(line), line);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("::", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_diagnostics_escape_the_path_the_message_and_the_fix()
    {
        var source = SourceText.FromString("x\u202e.cfg", "a\u001b = 1\n");
        var diagnostic = new Diagnostic(DiagnosticCatalog.All[0], source.GetSpan(0, 1), "bad `\u2028`\n::error::forged");
        string text = DiagnosticTextFormatter.Format(source.Name, source, diagnostic, color: false);
        Assert.False(PrintableText.ContainsUnsafe(text.Replace("\n", string.Empty, StringComparison.Ordinal)), text);
        Assert.DoesNotContain("\n::", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_error_lets_no_unsafe_character_through_even_a_message_made_elsewhere()
    {
        using var inner = new StringWriter();
        using (var writer = new PrintableTextWriter(inner))
        {
            writer.WriteLine("xlchan: a\u001b[2J\u202e\u009b b");
            writer.Write('\ud83d');
            writer.Write('\ude00');
            writer.Write('\udcff');
            writer.Write("\n");
        }

        Assert.Equal("xlchan: a\\x1b[2J\\u202e\\u009b b\n\U0001F600\\xff\n", inner.ToString());
    }

    private static bool Utf8IsValid(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
