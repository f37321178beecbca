using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Channels;

/// <summary>xl's reading of <c>channel</c> and libxl's set-up, rule by rule.</summary>
public sealed class ChannelReadingTests
{
    internal static LintResult Lint(string text, ChannelOptions? options = null) =>
        XlLinter.Lint(SourceText.FromString("vm.cfg", text), options);

    private static string Codes(LintResult r) => string.Join(",", r.Diagnostics.Select(d => d.Code));

    [Fact]
    public void A_valid_socket_and_pty_pair_gets_devids_1_and_2()
    {
        var r = Lint("channel = [ \"connection=socket, path=/run/a.sock, name=org.example.a.0\", \"connection=pty,name=org.example.b.0\" ]\n");
        Assert.Equal(XlVerdict.Accepted, r.Verdict);
        Assert.Equal([1, 2], r.Channels.Channels.Select(c => c.Devid));
        Assert.Equal([-1, -1], r.Channels.XlChannels.Select(c => c.Devid));
        var socket = r.Channels.Channels[0];
        Assert.Equal(ChannelConnection.Socket, socket.Connection);
        Assert.Equal("/run/a.sock", socket.Path);
        Assert.Equal((1, 38), (socket.PathField!.ValueSpan.Start.Line, socket.PathField.ValueSpan.Start.Column));
        Assert.Equal(string.Empty, r.Channels.Stderr);
    }

    [Fact]
    public void Fields_are_trimmed_split_at_the_first_equals_and_empty_fields_vanish()
    {
        var r = Lint("channel = [ \",,  connection = socket ,,name = my agent , path=/run/x=y.sock  ,\" ]\n");
        var c = Assert.Single(r.Channels.Channels);
        Assert.Equal("my agent", c.Name);
        Assert.Equal("/run/x=y.sock", c.Path);
    }

    [Fact]
    public void Before_4_18_the_value_stops_at_the_next_equals()
    {
        var r = Lint("channel = [ \"connection=socket,name=a.b.c,path=/run/x=y.sock\" ]\n", new ChannelOptions { Version = new XenVersion(4, 17, 0) });
        Assert.Equal("/run/x", r.Channels.XlChannels[0].Path);
    }

    [Fact]
    public void A_single_string_is_ignored_with_xls_warning()
    {
        var r = Lint("channel = \"connection=pty,name=a\"\n");
        Assert.Equal(XlVerdict.Accepted, r.Verdict);
        Assert.Empty(r.Channels.Channels);
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ChannelNotAList.Id);
        Assert.Equal("vm.cfg:1: warning: parameter `channel' is a single value but should be a list", d.XlMessage);
        Assert.Equal(d.XlMessage + "\n", r.Channels.Stderr);
        Assert.Equal(2, d.Fix!.Edits.Count);
    }

    [Fact]
    public void A_nested_list_stops_xls_loop_and_drops_the_rest()
    {
        var r = Lint("channel = [ \"connection=pty,name=a.b.a\", [ \"connection=pty,name=a.b.b\" ], \"connection=pty,name=a.b.c\" ]\n");
        Assert.Equal(["a.b.a"], r.Channels.Channels.Select(c => c.Name));
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ChannelNestedList.Id);
        Assert.Contains("the 1 after it", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\",,\"")]
    public void An_empty_item_crashes_xl(string item)
    {
        var r = Lint($"channel = [ {item} ]\n");
        Assert.Equal(XlVerdict.Crash, r.Verdict);
        Assert.Equal("Segmentation fault", r.Channels.XlSignal);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCatalog.EmptyChannelItem.Id);
    }

    [Theory]
    [InlineData("connection=pty,name", nameof(DiagnosticCatalog.ChannelFieldWithoutValue), "failed to parse channel configuration: name")]
    [InlineData("connection=pty,name=", nameof(DiagnosticCatalog.ChannelFieldWithoutValue), "failed to parse channel configuration: name=")]
    [InlineData("connection=PTY,name=a", nameof(DiagnosticCatalog.ConnectionCase), "unknown channel connection 'PTY'\n")]
    [InlineData("connection=unix,name=a", nameof(DiagnosticCatalog.InvalidConnection), "unknown channel connection 'unix'\n")]
    [InlineData("name=a", nameof(DiagnosticCatalog.MissingConnection), "channel has unknown 'connection'\n")]
    [InlineData("connection=socket,name=a", nameof(DiagnosticCatalog.SocketWithoutPath), "channel connection 'socket' requires path=..\n")]
    public void Xls_exits_give_its_exact_text_and_a_named_diagnostic(string spec, string rule, string stderr)
    {
        string code = TestConfigs.CodeOf(rule);
        var r = Lint($"channel = [ \"{spec}\" ]\n");
        Assert.Equal(XlVerdict.Rejected, r.Verdict);
        Assert.Equal(1, r.Channels.XlExitCode);
        Assert.Equal(stderr, r.Channels.Stderr);
        Assert.Contains(r.Diagnostics, d => d.Code == code && d.XlMessage == stderr.TrimEnd('\n'));
    }

    [Fact]
    public void Upper_case_connection_offers_the_lower_case_fix()
    {
        var r = Lint("channel = [ \"connection=PTY,name=a.b.c\" ]\n");
        var fix = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ConnectionCase.Id).Fix!;
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("pty", edit.NewText);
        Assert.Equal((24, 27), (edit.Span.Start.Offset, edit.Span.End.Offset));
    }

    [Fact]
    public void Unknown_keys_warn_and_misspellings_get_a_suggestion()
    {
        var r = Lint("channel = [ \"connection=pty,nmae=a.b.c,foo=1,name=a.b.d\" ]\n");
        Assert.Equal(XlVerdict.Accepted, r.Verdict);
        Assert.Equal("unknown channel parameter 'nmae', ignoring\nunknown channel parameter 'foo', ignoring\n", r.Channels.Stderr);
        var keys = r.Diagnostics.Where(d => d.Code == DiagnosticCatalog.UnknownChannelKey.Id).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Contains("did you mean `name`", keys[0].Message, StringComparison.Ordinal);
        Assert.Equal("name", keys[0].Fix!.Edits[0].NewText);
        Assert.Null(keys[1].Fix);
    }

    [Fact]
    public void Repeated_keys_last_wins_and_warns()
    {
        var r = Lint("channel = [ \"connection=pty,name=a.b.c,name=a.b.d\" ]\n");
        Assert.Equal("a.b.d", r.Channels.Channels[0].Name);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCatalog.RepeatedChannelKey.Id);
    }

    [Fact]
    public void The_2014_type_spelling_is_named_and_fixed()
    {
        var r = Lint("channel = [ \"type=SOCKET,path=/run/a.sock,name=a.b.c\" ]\n");
        Assert.Equal(XlVerdict.Rejected, r.Verdict);
        Assert.Equal("unknown channel parameter 'type', ignoring\nchannel has unknown 'connection'\n", r.Channels.Stderr);
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ChannelTypeSpelling.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("connection=socket", d.Fix!.Edits[0].NewText);
        Assert.Equal("type=SOCKET", "channel = [ \"type=SOCKET,path=/run/a.sock,name=a.b.c\" ]\n"[d.Fix.Edits[0].Span.Start.Offset..d.Fix.Edits[0].Span.End.Offset]);
    }

    [Fact]
    public void A_missing_name_fails_in_libxl_with_its_log_line()
    {
        var r = Lint("channel = [ \"connection=pty\" ]\n");
        Assert.Equal(XlVerdict.Rejected, r.Verdict);
        Assert.Equal(0, r.Channels.XlOutput.Length);
        Assert.Equal(-6, r.Channels.LibxlRc);
        const string log = "libxl: error: libxl_console.c:444:libxl__init_console_from_channel: channel 1 has no name";
        Assert.Equal(log + "\n", r.Channels.LibxlLog);
        Assert.Equal(log, Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.MissingChannelName.Id).XlMessage);
    }

    [Fact]
    public void Backends_resolve_by_digits_or_known_names()
    {
        var options = new ChannelOptions { Domains = new DomainTable([new("drv", 5u)]) };
        var r = Lint("channel = [ \"backend=drv,connection=pty,name=a.b.a\", \"backend=7,connection=pty,name=a.b.b\", \"backend= ,connection=pty,name=a.b.c\" ]\n", options);
        Assert.Equal(XlVerdict.Accepted, r.Verdict);
        Assert.Equal([5u, 7u, 0u], r.Channels.Channels.Select(c => c.BackendDomid));
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCatalog.EmptyBackend.Id);

        var unknown = Lint("channel = [ \"backend=nosuch,connection=pty,name=a.b.c\" ]\n");
        Assert.Equal(XlVerdict.Rejected, unknown.Verdict);
        Assert.Contains(unknown.Diagnostics, d => d.Code == DiagnosticCatalog.UnknownBackendDomain.Id);
    }

    [Fact]
    public void Huge_backend_ids_wrap_like_strtoul_to_32_bits()
    {
        Assert.True(DomainTable.Default.TryResolve("4294967296", out uint a));
        Assert.Equal(0u, a);
        Assert.True(DomainTable.Default.TryResolve("99999999999999999999999", out uint b));
        Assert.Equal(uint.MaxValue, b);
        Assert.True(DomainTable.Default.TryResolve(string.Empty, out uint c));
        Assert.Equal(0u, c);
        Assert.False(DomainTable.Default.TryResolve("-1", out _));
    }

    [Theory]
    [InlineData("4.17", true, true)]
    [InlineData("4.18.4", true, false)]
    [InlineData("4.18.5", false, false)]
    [InlineData("4.19.1", true, false)]
    [InlineData("4.19.2", false, false)]
    [InlineData("4.20.0", true, false)]
    [InlineData("4.20.1", false, false)]
    [InlineData("4.21", false, false)]
    [InlineData("4.10", false, true)]
    [InlineData("newest", false, false)]
    public void Version_profiles(string text, bool losesFirst, bool splitsAtNextEquals)
    {
        Assert.True(XenVersion.TryParse(text, out var v));
        Assert.Equal(losesFirst, v.LosesFirstChannel);
        Assert.Equal(splitsAtNextEquals, v.SplitsValueAtNextEquals);
    }

    [Theory]
    [InlineData("4.4")]
    [InlineData("5")]
    [InlineData("x.y")]
    [InlineData("")]
    public void Versions_without_channels_or_malformed_are_refused(string text)
    {
        Assert.False(XenVersion.TryParse(text, out _));
    }

    [Fact]
    public void With_xen_4_20_0_the_first_channel_is_lost()
    {
        var r = Lint("channel = [ \"connection=pty,name=a.b.a\", \"connection=pty,name=a.b.b\" ]\n", new ChannelOptions { Version = new XenVersion(4, 20, 0) });
        Assert.Equal(XlVerdict.Accepted, r.Verdict);
        Assert.Equal([0, 1], r.Channels.Channels.Select(c => c.Devid));
        Assert.False(r.Channels.Consoles[0].Added);
        Assert.True(r.Channels.Consoles[1].Added);
        var d = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.FirstChannelLost.Id);
        Assert.Equal("libxl: error: libxl_console.c:285:libxl__device_console_add: Domain 1:Primary console has invalid configuration", d.XlMessage);
    }

    [Fact]
    public void Before_4_11_channel_i_is_console_i_plus_1_with_chardev_i()
    {
        var r = Lint("channel = [ \"connection=pty,name=a.b.a\" ]\n", new ChannelOptions { Version = new XenVersion(4, 10, 0) });
        var console = Assert.Single(r.Channels.Consoles);
        Assert.Equal(1, console.ConsoleDevid);
        Assert.Equal("libxl-channel0", console.ChardevId);
        Assert.True(console.Added);
    }

    [Fact]
    public void Syntax_errors_stop_xl_before_the_channels()
    {
        var r = Lint("channel = [ \"connection=pty,name=a\" \nbad\n");
        Assert.Equal(XlVerdict.Rejected, r.Verdict);
        Assert.Empty(r.Channels.Channels);
        Assert.EndsWith("Failed to parse config: Invalid argument\n", r.Channels.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_inside_escaped_strings_point_at_the_source()
    {
        var r = Lint("channel = [ \"connection=pty,\\tname=a.b.c\\t\" ]\n");
        var name = r.Channels.Channels[0].NameField!;
        Assert.Equal("a.b.c", name.Value);
        Assert.Equal(35, name.ValueSpan.Start.Offset);
        Assert.Equal(40, name.ValueSpan.End.Offset);
    }
}
