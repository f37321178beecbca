using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Tests.Channels;
using ChannelConfig.Validation;

namespace ChannelConfig.Tests.Validation;

/// <summary>The validation rules that catch what Xen misses.</summary>
public sealed class ChannelValidationTests
{
    private static IReadOnlyList<Diagnostic> Check(params string[] specs) =>
        ChannelReadingTests.Lint("channel = [ " + string.Join(", ", specs.Select(s => $"\"{s}\"")) + " ]\n").Diagnostics;

    [Theory]
    [InlineData("connection=socket,path=agent.sock,name=org.example.agent.0", nameof(DiagnosticCatalog.RelativeSocketPath), DiagnosticSeverity.Warning)]
    [InlineData("connection=socket,path=/run/agent/,name=org.example.agent.0", nameof(DiagnosticCatalog.SocketPathIsDirectory), DiagnosticSeverity.Error)]
    [InlineData("connection=pty,path=/run/a.sock,name=org.example.agent.0", nameof(DiagnosticCatalog.PathOnPtyChannel), DiagnosticSeverity.Warning)]
    [InlineData("connection=pty,name= ", nameof(DiagnosticCatalog.EmptyChannelName), DiagnosticSeverity.Error)]
    [InlineData("connection=pty,name=agent", nameof(DiagnosticCatalog.ChannelNameStyle), DiagnosticSeverity.Info)]
    [InlineData("connection=socket,path=/run/qga.sock,name=org.qemu.guest_agent.0", nameof(DiagnosticCatalog.WellKnownChannelName), DiagnosticSeverity.Info)]
    [InlineData("connection=pty,name=org.example\\\\tagent.0", nameof(DiagnosticCatalog.ChannelNameStyle), DiagnosticSeverity.Info)]
    [InlineData("connection=pty,name=org.example.\\tagent.0", nameof(DiagnosticCatalog.ChannelControlCharacter), DiagnosticSeverity.Error)]
    [InlineData("connection=socket,path=/run/a\\nb.sock,name=org.example.agent.0", nameof(DiagnosticCatalog.ChannelControlCharacter), DiagnosticSeverity.Error)]
    [InlineData("connection=pty,name=org.example.\u202egnp.0", nameof(DiagnosticCatalog.ChannelControlCharacter), DiagnosticSeverity.Error)]
    [InlineData("connection=pty,name=org.example.a\u009b2J.0", nameof(DiagnosticCatalog.ChannelControlCharacter), DiagnosticSeverity.Error)]
    [InlineData("connection=socket,path=/run/a\u2028b.sock,name=org.example.agent.0", nameof(DiagnosticCatalog.ChannelControlCharacter), DiagnosticSeverity.Error)]
    public void Single_channel_rules(string spec, string rule, DiagnosticSeverity severity)
    {
        string code = TestConfigs.CodeOf(rule);
        var d = Assert.Single(Check(spec), d => d.Code == code);
        Assert.Equal(severity, d.Severity);
    }

    [Theory]
    [InlineData("{PropertyName}")]
    [InlineData("{PropertyValue}")]
    [InlineData("{PropertyPath}")]
    [InlineData("{CollectionIndex}")]
    [InlineData("{ComparisonValue:X}")]
    public void Messages_quote_names_and_paths_exactly_even_when_they_look_like_placeholders(string text)
    {
        var diagnostics = Check(
            $"connection=socket,path=rel{text},name={text}",
            $"connection=pty,name=org.example.a.0,path=/x{text},backend={text}");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCatalog.RelativeSocketPath.Id && d.Message.StartsWith($"socket path `rel{text}` is relative", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCatalog.ChannelNameStyle.Id && d.Message.StartsWith($"`{text}` does not look", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCatalog.PathOnPtyChannel.Id && d.Message.StartsWith($"`path=/x{text}` is ignored", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCatalog.UnknownBackendDomain.Id && d.Message.StartsWith($"backend domain `{text}` is not known", StringComparison.Ordinal));
    }

    [Fact]
    public void Socket_paths_of_107_bytes_pass_and_108_fail()
    {
        string Path(int length) => "/" + new string('a', length - 1);
        Assert.DoesNotContain(Check($"connection=socket,path={Path(107)},name=org.example.agent.0"), d => d.Code == DiagnosticCatalog.SocketPathTooLong.Id);
        var d = Assert.Single(Check($"connection=socket,path={Path(108)},name=org.example.agent.0"), d => d.Code == DiagnosticCatalog.SocketPathTooLong.Id);
        Assert.Contains("108 bytes", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_108_byte_socket_path_is_reported_as_unreachable_and_a_109_byte_one_as_refused_by_qemu()
    {
        string Path(int length) => "/" + new string('a', length - 1);
        var at108 = Assert.Single(Check($"connection=socket,path={Path(108)},name=org.example.agent.0"), d => d.Code == DiagnosticCatalog.SocketPathTooLong.Id);
        Assert.Contains("QEMU starts and binds it, but clients cannot connect", at108.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("refuses", at108.Message, StringComparison.Ordinal);
        var at109 = Assert.Single(Check($"connection=socket,path={Path(109)},name=org.example.agent.0"), d => d.Code == DiagnosticCatalog.SocketPathTooLong.Id);
        Assert.Contains("109 bytes long: QEMU refuses it (`UNIX socket path '…' is too long`)", at109.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Socket_path_length_counts_utf8_bytes()
    {
        string path = "/" + string.Concat(Enumerable.Repeat("é", 54)); // 1 + 108 bytes
        Assert.Contains(Check($"connection=socket,path={path},name=org.example.agent.0"), d => d.Code == DiagnosticCatalog.SocketPathTooLong.Id);
    }

    [Fact]
    public void Duplicate_names_and_socket_paths_are_errors_on_the_second()
    {
        var diagnostics = Check(
            "connection=socket,path=/run/a.sock,name=org.example.a.0",
            "connection=socket,path=/run//a.sock,name=org.example.a.0",
            "connection=pty,name=org.example.b.0");
        var name = Assert.Single(diagnostics, d => d.Code == DiagnosticCatalog.DuplicateChannelName.Id);
        var path = Assert.Single(diagnostics, d => d.Code == DiagnosticCatalog.DuplicateSocketPath.Id);
        Assert.True(name.Span.Start.Offset > 60);
        Assert.True(path.Span.Start.Offset > 60);
    }

    /// <summary>Beyond 16 channels duplicates are found through a table rather than pairwise: the same findings, on the same channels, naming the first.</summary>
    [Fact]
    public void Duplicates_among_many_channels_name_the_first_channel_that_has_the_name_or_path()
    {
        var specs = Enumerable.Range(0, 40).Select(i => $"connection=socket,path=/run/s{i}.sock,name=org.example.c{i}.0").ToList();
        specs.Add("connection=socket,path=/run/./s3.sock,name=org.example.c7.0"); // path of channel 3, name of channel 7
        specs.Add("connection=pty,name=org.example.c7.0"); // the name again
        var diagnostics = ChannelReadingTests.Lint("channel = [\n" + string.Concat(specs.Select(spec => $"  \"{spec}\",\n")) + "]\n").Diagnostics; // channel i on line i + 2
        var names = diagnostics.Where(d => d.Code == DiagnosticCatalog.DuplicateChannelName.Id).ToList();
        var paths = diagnostics.Where(d => d.Code == DiagnosticCatalog.DuplicateSocketPath.Id).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, d => Assert.Equal("channel name `org.example.c7.0` is also used by the channel on line 9: the guest cannot tell them apart; give each channel its own name", d.Message));
        var path = Assert.Single(paths);
        Assert.Equal("socket path `/run/./s3.sock` is also used by the channel on line 5: QEMU removes the first socket when it creates the second; give each channel its own path", path.Message);
        Assert.True(names[0].Span.Start.Offset < names[1].Span.Start.Offset);
        Assert.Equal([42, 42, 43], diagnostics.Where(d => d.Code == DiagnosticCatalog.DuplicateChannelName.Id || d.Code == DiagnosticCatalog.DuplicateSocketPath.Id).Select(d => d.Span.Start.Line).Order());
    }

    [Fact]
    public void Channels_after_the_point_where_xl_stops_are_still_checked_without_xls_words()
    {
        var diagnostics = Check("connection=PTY,name=org.example.a.0", "connection=bogus,name=org.example.b.0");
        var bogus = Assert.Single(diagnostics, d => d.Code == DiagnosticCatalog.InvalidConnection.Id);
        Assert.Null(bogus.XlMessage);
        Assert.NotNull(Assert.Single(diagnostics, d => d.Code == DiagnosticCatalog.ConnectionCase.Id).XlMessage);
    }

    [Fact]
    public void Every_missing_name_is_reported_but_only_libxls_first_carries_its_log()
    {
        var diagnostics = Check("connection=pty", "connection=pty");
        var missing = diagnostics.Where(d => d.Code == DiagnosticCatalog.MissingChannelName.Id).ToList();
        Assert.Equal(2, missing.Count);
        Assert.NotNull(missing[0].XlMessage);
        Assert.Null(missing[1].XlMessage);
    }

    [Fact]
    public void Validators_can_be_used_directly_on_a_channel_built_in_code()
    {
        var channel = new DeviceChannel { Connection = ChannelConnection.Socket, Path = "relative.sock", Name = "org.example.agent.0" };
        var result = new DeviceChannelValidator().Validate(new ChannelValidationContext(channel, ChannelOptions.Default));
        Assert.Equal(DiagnosticCatalog.RelativeSocketPath.Id, Assert.Single(result.Errors).ErrorCode);
    }
}
