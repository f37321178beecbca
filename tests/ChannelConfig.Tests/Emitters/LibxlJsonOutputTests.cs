using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Libxl;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Emitters;

/// <summary>libxl's JSON: the domain configuration document, its two views, and string escapes as yajl and json-c write them.</summary>
public sealed class LibxlJsonOutputTests
{
    [Fact]
    public void Without_channels_there_is_no_channels_member_as_libxl_prints_arrays_only_when_not_empty()
    {
        Assert.Equal(string.Empty, LibxlJsonWriter.ToChannelsMember([], LibxlJsonStyle.Yajl));
        Assert.Equal("{\n\n}\n", LibxlJsonWriter.ToDomainConfig([], LibxlJsonStyle.Yajl));
        Assert.Equal("{\n}", LibxlJsonWriter.ToDomainConfig([], LibxlJsonStyle.JsonC));
    }

    [Fact]
    public void The_domain_config_document_wraps_the_channels_member_as_yajl_and_json_c_close_the_object()
    {
        var channels = EmitterExamples.Analyze("channel = [ \"connection=pty,name=org.example.a.0\" ]\n").Channels;
        Assert.Equal("{\n" + LibxlJsonWriter.ToChannelsMember(channels, LibxlJsonStyle.Yajl) + "\n}\n", LibxlJsonWriter.ToDomainConfig(channels, LibxlJsonStyle.Yajl));
        Assert.Equal("{\n" + LibxlJsonWriter.ToChannelsMember(channels, LibxlJsonStyle.JsonC) + "\n}", LibxlJsonWriter.ToDomainConfig(channels, LibxlJsonStyle.JsonC));
        using var document = JsonDocument.Parse(LibxlJsonWriter.ToDomainConfig(channels, LibxlJsonStyle.JsonC));
        Assert.Equal(1, document.RootElement.GetProperty("channels").GetArrayLength());
    }

    [Theory]
    [InlineData(LibxlJsonStyle.Yajl, "\"a\\u001Ab\\u0001\"")]
    [InlineData(LibxlJsonStyle.JsonC, "\"a\\u001ab\\u0001\"")]
    public void Control_characters_are_u_escapes_in_upper_case_hex_for_yajl_and_lower_case_for_json_c(LibxlJsonStyle style, string expected)
    {
        var channel = EmitterExamples.Channel(ChannelConnection.Pty, "a\u001ab\u0001");
        Assert.Contains("\"name\": " + expected, LibxlJsonWriter.ToJson(channel, style).Replace("\"name\":\"", "\"name\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_c_escapes_the_solidus_and_yajl_does_not()
    {
        var channel = EmitterExamples.Channel(ChannelConnection.Socket, "a", "/run/a.sock");
        Assert.Contains("\"path\": \"/run/a.sock\"", LibxlJsonWriter.ToJson(channel, LibxlJsonStyle.Yajl), StringComparison.Ordinal);
        Assert.Contains("\"path\":\"\\/run\\/a.sock\"", LibxlJsonWriter.ToJson(channel, LibxlJsonStyle.JsonC), StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_prints_xl_create_n_by_default_with_backend_domname_only()
    {
        string file = CliRunner.TempFile("channel = [ \"connection=pty, name=org.example.a, backend=7\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("dump", "-f", "libxl-json", file);
        Assert.Equal(0, exit);
        Assert.Equal(
            "{\n    \"channels\": [\n        {\n            \"backend_domname\": \"7\",\n            \"name\": \"org.example.a\",\n            \"connection.pty\": {\n\n            }\n        }\n    ]\n}\n",
            stdout);
    }

    [Fact]
    public void On_xen_4_17_xl_create_n_numbers_the_channels_from_0_and_leaves_backend_domid_out()
    {
        string file = CliRunner.TempFile("channel = [ \"connection=pty, name=org.example.a, backend=7\" ]\n");
        var (_, stdout, _) = CliRunner.Run("dump", "-f", "libxl-json", "--xen", "4.17.0", file);
        Assert.Contains("{\n            \"backend_domname\": \"7\",\n            \"devid\": 0,\n            \"name\": \"org.example.a\",", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("backend_domid", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_with_libxl_view_list_l_prints_what_libxl_keeps_after_creation()
    {
        string file = CliRunner.TempFile("channel = [ \"connection=pty, name=org.example.a, backend=web\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("dump", "-f", "libxl-json", "--libxl-view", "list-l", "--domain", "web=5", file);
        Assert.Equal(0, exit);
        Assert.Contains("\"backend_domid\": 5,\n            \"backend_domname\": \"web\",\n            \"devid\": 1,", stdout, StringComparison.Ordinal);
        var (_, createN, _) = CliRunner.Run("dump", "-f", "libxl-json", "--domain", "web=5", file);
        Assert.DoesNotContain("backend_domid", createN, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_on_several_files_prints_one_json_document_per_file_and_none_has_an_empty_channels_member()
    {
        string empty = CliRunner.TempFile("memory = 512\n", "empty.cfg");
        string one = CliRunner.TempFile("channel = [ \"connection=socket,path=/run/a.sock,name=org.example.a.0\" ]\n", "one.cfg");
        foreach (string style in new[] { "yajl", "jsonc" })
        {
            var (exit, stdout, stderr) = CliRunner.Run("dump", "-f", "libxl-json", "--json-style", style, empty, one);
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain("\"channels\": [\n    ]", stdout, StringComparison.Ordinal);
            var documents = ReadDocuments(stdout);
            Assert.Equal(2, documents.Count);
            Assert.False(documents[0].TryGetProperty("channels", out _));
            Assert.Equal("/run/a.sock", documents[1].GetProperty("channels")[0].GetProperty("connection.socket").GetProperty("path").GetString());
        }
    }

    private static List<JsonElement> ReadDocuments(string text)
    {
        var documents = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            documents.Add(JsonElement.ParseValue(ref reader));
        }

        return documents;
    }
}
