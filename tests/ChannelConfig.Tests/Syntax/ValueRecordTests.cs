using ChannelConfig.Diagnostics;
using System.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Tests.Syntax;

/// <summary>
/// The reader records a string or number by its start only and finds its end and escapes again
/// with the lexer's rules when the value is made; a list keeps its start, end and size. These
/// tests pin the values and spans that come back for every form, at every depth.
/// </summary>
public sealed class ValueRecordTests
{
    /// <summary>Each form of string, alone and as list items at several depths, comes back with its bytes, form and span.</summary>
    [Fact]
    public void Strings_and_numbers_are_made_again_from_their_start()
    {
        const string text =
            "a = \"plain\"\n" +
            "b = 'single \\' quote'\n" +
            "c = \"tab\\there \\\"q\\\" \\\\\"\n" +
            "d = 0x1f\n" +
            "e = [ 12, \"x\\ny\", [ 'in', [ 007, \"\" ], [] ], 'z' ]\n";
        var config = TestConfigs.Read(text);
        Assert.DoesNotContain(config.Diagnostics, d => d.Severity == ChannelConfig.Diagnostics.DiagnosticSeverity.Error);

        AssertString(text, Value(config, "a"), "plain", XlStringForm.DoubleQuoted, "\"plain\"");
        AssertString(text, Value(config, "b"), "single ' quote", XlStringForm.SingleQuoted, "'single \\' quote'");
        AssertString(text, Value(config, "c"), "tab\there \"q\" \\", XlStringForm.DoubleQuoted, "\"tab\\there \\\"q\\\" \\\\\"");
        AssertString(text, Value(config, "d"), "0x1f", XlStringForm.Number, "0x1f");

        var e = Assert.IsType<XlList>(Value(config, "e"));
        Assert.Equal("[ 12, \"x\\ny\", [ 'in', [ 007, \"\" ], [] ], 'z' ]", Slice(text, e.Span));
        Assert.Equal(4, e.Items.Count);
        AssertString(text, e.Items[0], "12", XlStringForm.Number, "12");
        AssertString(text, e.Items[1], "x\ny", XlStringForm.DoubleQuoted, "\"x\\ny\"");
        var inner = Assert.IsType<XlList>(e.Items[2]);
        Assert.Equal("[ 'in', [ 007, \"\" ], [] ]", Slice(text, inner.Span));
        Assert.Equal(3, inner.Items.Count);
        AssertString(text, inner.Items[0], "in", XlStringForm.SingleQuoted, "'in'");
        var deepest = Assert.IsType<XlList>(inner.Items[1]);
        AssertString(text, deepest.Items[0], "007", XlStringForm.Number, "007");
        AssertString(text, deepest.Items[1], string.Empty, XlStringForm.DoubleQuoted, "\"\"");
        var empty = Assert.IsType<XlList>(inner.Items[2]);
        Assert.Empty(empty.Items);
        Assert.Equal("[]", Slice(text, empty.Span));
        AssertString(text, e.Items[3], "z", XlStringForm.SingleQuoted, "'z'");
    }

    /// <summary>A NUL byte inside quotes is an ordinary byte for the scanner: the string ends at its closing quote.</summary>
    [Fact]
    public void A_string_with_a_nul_byte_ends_at_its_closing_quote()
    {
        const string text = "a = \"x\0y\"\nb = 1\n";
        var config = TestConfigs.Read(text);
        var a = Assert.IsType<XlString>(Value(config, "a"));
        Assert.Equal("\"x\0y\"", Slice(text, a.Span));
        Assert.Equal("x\0y"u8.ToArray(), a.Bytes.ToArray());
    }

    /// <summary>The diagnostics that point at a recorded value (a unit suffix, a <c>+=</c> of the wrong kind) get its exact span.</summary>
    [Fact]
    public void Diagnostics_that_point_at_a_value_get_its_span()
    {
        var suffix = TestConfigs.Read("memory = 512M\n");
        var d = Assert.Single(suffix.Diagnostics, x => x.Code == DiagnosticCatalog.NumberWithSuffix.Id);
        Assert.Equal(1, d.Span.Start.Line);

        const string text = "extra = \"console=hvc0\"\nextra += [ \"quiet\", 'x\\ty' ]\n";
        var mismatch = TestConfigs.Read(text);
        var m = Assert.Single(mismatch.Diagnostics, x => x.Descriptor == ChannelConfig.Diagnostics.DiagnosticCatalog.AppendTypeMismatch);
        Assert.Equal("[ \"quiet\", 'x\\ty' ]", Slice(text, m.Span));
        Assert.Contains("adds a list to a string", m.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A file whose values and settings fill several record chunks, with a list that is a syntax
    /// error spanning a chunk boundary (its records are dropped and their room reused): every
    /// setting before and after it reads back its own value.
    /// </summary>
    [Fact]
    public void Values_across_record_chunks_survive_a_dropped_list()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append('s').Append(i).Append(" = ").Append(i).Append('\n');
        }

        text.Append("big = [ ").AppendJoin(", ", Enumerable.Range(0, 30_000).Select(i => "'b" + i + "'")).Append(" ]\n");
        text.Append("broken = [ ").AppendJoin(", ", Enumerable.Range(0, 30_000)).Append(" oops ]\n");
        for (int i = 0; i < 20_000; i++)
        {
            text.Append('t').Append(i).Append(" = \"v").Append(i).Append("\"\n");
        }

        var config = TestConfigs.Read(text.ToString());
        Assert.Contains(config.Diagnostics, d => d.Span.Start.Line == 20_002);
        Assert.False(config.TryGetEffective("broken", out _));
        for (int i = 0; i < 20_000; i += 7)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<XlString>(Value(config, "s" + i)).Value);
            Assert.Equal("v" + i, Assert.IsType<XlString>(Value(config, "t" + i)).Value);
        }

        var big = Assert.IsType<XlList>(Value(config, "big"));
        Assert.Equal(30_000, big.Items.Count);
        Assert.Equal("b29999", Assert.IsType<XlString>(big.Items[29_999]).Value);
        Assert.Equal("b16384", Assert.IsType<XlString>(big.Items[16_384]).Value);
    }

    private static XlValue Value(ChannelConfig.Configuration.XlConfig config, string name)
    {
        Assert.True(config.TryGetEffective(name, out var effective));
        return effective.Value;
    }

    private static string Slice(string text, ChannelConfig.Text.SourceSpan span) =>
        Encoding.Latin1.GetString(Encoding.Latin1.GetBytes(text)[span.Start.Offset..span.End.Offset]);

    private static void AssertString(string text, XlValue value, string expected, XlStringForm form, string written)
    {
        var s = Assert.IsType<XlString>(value);
        Assert.Equal(Encoding.Latin1.GetBytes(expected), s.Bytes.ToArray());
        Assert.Equal(form, s.Form);
        Assert.Equal(written, Slice(text, s.Span));
    }
}
