using ChannelConfig.Diagnostics;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Emitters;

/// <summary>xenstore's own text: values as <c>xenstore-ls</c> prints them and as <c>xenstore-write</c> reads them, and domids as libxl writes them.</summary>
public sealed class XenstoreTextTests
{
    /// <summary>Every byte a name or path can hold (all but NUL), bytes that are not UTF-8 included.</summary>
    private static string EveryByte() => FileNameText.Decode([.. Enumerable.Range(1, 255).Select(b => (byte)b)]);

    [Fact]
    public void The_listing_is_xenstore_ls_f_p_text_quote_raw_utf8_as_hex_bytes_and_three_blanks()
    {
        var node = new XenstoreNode("/local/domain/1/device/console/1/name", "a\"ü\\b\t\u0001\u007f", "n0,r1", true);
        Assert.Equal(
            "/local/domain/1/device/console/1/name = \"a\"\\xc3\\xbc\\\\b\\t\\001\\x7f\"   (n0,r1)\n",
            XenstoreWriter.ToListing([node]));
    }

    [Fact]
    public void Sanitise_escapes_every_byte_outside_printable_ascii_as_sanitise_value_does()
    {
        string text = XenstoreValueText.Sanitise(EveryByte());
        Assert.StartsWith("\\001\\002\\003\\004\\005\\006\\007\\x08\\t\\n\\x0b\\x0c\\r\\x0e", text, StringComparison.Ordinal);
        Assert.Contains(" !\"#$%&'()*+,-./0123456789:;<=>?@A", text, StringComparison.Ordinal);
        Assert.Contains("[\\\\]^_`a", text, StringComparison.Ordinal);
        Assert.EndsWith("|}~\\x7f\\x80\\x81", text[..(text.IndexOf("\\x82", StringComparison.Ordinal))], StringComparison.Ordinal);
        Assert.EndsWith("\\xfe\\xff", text, StringComparison.Ordinal);
        Assert.True(text.All(c => c is >= ' ' and <= '~'));
        Assert.Equal(EveryByte(), XenstoreTools.Unsanitise(text));
    }

    [Fact]
    public void Xenstore_write_stores_every_byte_of_the_value_the_script_writes()
    {
        string value = EveryByte();
        Assert.Equal(value, XenstoreTools.Unsanitise(XenstoreValueText.ForWrite(value)));
        foreach (string escape in new[] { "\\n", "\\t", "\\r", "\\\\", "\\x41", "\\101", "\\q", "\\" })
        {
            Assert.Equal(escape, XenstoreTools.Unsanitise(XenstoreValueText.ForWrite(escape)));
        }
    }

    [Fact]
    public void The_script_doubles_backslashes_in_values_so_xenstore_write_keeps_them()
    {
        var analysis = EmitterExamples.Analyze("channel = [ " + EmitterExamples.XlQuoted("connection=socket,path=/run/xen/a\\x41\\\\b.sock,name=org.example.back\\nslash.0") + " ]\n");
        Assert.Equal("/run/xen/a\\x41\\\\b.sock", analysis.Channels[0].Path);
        Assert.Equal("org.example.back\\nslash.0", analysis.Channels[0].Name);
        var script = new StringWriter();
        XenstoreWriter.WriteScript(script, analysis, "t");
        Assert.Contains("xenstore-write '/local/domain/1/device/console/1/name' 'org.example.back\\\\nslash.0'\n", script.ToString(), StringComparison.Ordinal);
        Assert.Contains("xenstore-write '/local/domain/0/backend/console/1/1/path' '/run/xen/a\\\\x41\\\\\\\\b.sock'\n", script.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4294967295", "-1", "r-1")]
    [InlineData("3000000000", "-1294967296", "r-129496729")]
    [InlineData("2147483648", "-2147483648", "r-214748364")]
    [InlineData("2147483647", "2147483647", "r2147483647")]
    public void Backend_id_is_the_domid_as_a_signed_int_as_libxl_formats_it_with_percent_d(string backend, string backendId, string listed)
    {
        var analysis = EmitterExamples.Analyze($"channel = [ \"connection=pty,name=org.example.a.0,backend={backend}\" ]\n");
        var nodes = XenstoreEmitter.Nodes(analysis);
        var node = Assert.Single(nodes, n => n.Path == "/local/domain/1/device/console/1/backend-id");
        Assert.Equal(backendId, node.Value);

        // Permissions hold the domid itself; only xenstore-ls prints it with %i, cut to 11 characters.
        Assert.Equal("n1,r" + backend, node.Permissions);
        Assert.Contains(nodes, n => n.Path == $"/local/domain/{backend}/backend/console/1/1");
        Assert.Contains($"/local/domain/1/device/console/1/backend-id = \"{backendId}\"   (n1,{listed})\n", XenstoreWriter.ToListing(nodes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("32751", false)]
    [InlineData("32752", true)]
    [InlineData("65536", true)]
    [InlineData("4294967295", true)]
    public void A_backend_domid_no_domain_can_have_is_a_warning_on_the_backend_value(string backend, bool warned)
    {
        string text = $"channel = [ \"connection=pty,name=org.example.a.0,backend={backend}\" ]\n";
        var result = XlLinter.Lint(SourceText.FromString("vm.cfg", text));
        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCatalog.ImpossibleBackendDomid.Id).ToList();
        Assert.Equal(warned, found.Count == 1);
        if (warned)
        {
            var d = found[0];
            Assert.Equal(ChannelConfig.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(text.IndexOf(backend, StringComparison.Ordinal), d.Span.Start.Offset);
            Assert.Equal(backend.Length, d.Span.Length);
            Assert.StartsWith($"`backend={backend}`: ", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_warning_says_where_xenstored_refuses_and_where_libxl_writes_a_negative_backend_id()
    {
        string Message(string backend) => XlLinter.Lint(SourceText.FromString("vm.cfg", $"channel = [ \"connection=pty,name=org.example.a.0,backend={backend}\" ]\n"))
            .Diagnostics.Single(d => d.Code == DiagnosticCatalog.ImpossibleBackendDomid.Id).Message;
        Assert.Contains("reserved", Message("32752"), StringComparison.Ordinal);
        Assert.Contains("xenstored refuses ids above 65535", Message("65536"), StringComparison.Ordinal);
        Assert.Contains("backend-id as -1", Message("4294967295"), StringComparison.Ordinal);
    }
}
