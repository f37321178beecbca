using ChannelConfig.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelConfig.Tests.Cli;
using Json.Schema;

namespace ChannelConfig.Tests.Adoption;

/// <summary>
/// SARIF output against the official SARIF 2.1.0 schema (OASIS, data/sarif), with the <c>format</c>
/// keywords enforced (<c>uri</c> means absolute, as code scanning reads it), in every mode.
/// </summary>
public sealed class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // The schema is draft-04; its keywords mean the same in draft-07, which JsonSchema.Net evaluates.
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    });

    private static JsonElement Valid(params string[] args)
    {
        var (_, stdout, stderr) = CliRunner.Run(["lint", "--format", "sarif", .. args]);
        Assert.True(stdout.Length > 0, stderr);
        var document = JsonDocument.Parse(stdout).RootElement;
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20).ToList();
        Assert.True(result.IsValid, string.Join('\n', errors));
        return document.GetProperty("runs")[0];
    }

    [Fact]
    public void The_schema_rejects_a_relative_help_uri()
    {
        // The check this class relies on: format "uri" enforced.
        string bad = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"informationUri\":\"docs/xl-channel.md\"}}}]}";
        var result = Schema.Value.Evaluate(JsonDocument.Parse(bad).RootElement, new EvaluationOptions { RequireFormatValidation = true });
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_clean_run_is_valid_and_has_no_links_without_a_docs_url()
    {
        var run = Valid(TempTree.Create(("vm.cfg", TempTree.Clean)));
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(driver.TryGetProperty("informationUri", out _));
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r =>
        {
            Assert.False(r.TryGetProperty("helpUri", out _));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("markdown").GetString()));
        });
    }

    [Fact]
    public void A_failing_run_is_valid_and_carries_mechanical_fixes()
    {
        var run = Valid(Path.Combine(TempTree.Create(("vm.cfg", TempTree.Broken)), "vm.cfg"));
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(DiagnosticCatalog.ConnectionCase.Id, result.GetProperty("ruleId").GetString());
        var fix = Assert.Single(result.GetProperty("fixes").EnumerateArray());
        var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("pty", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        var region = replacement.GetProperty("deletedRegion");
        Assert.Equal((1, 25, 28), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Suppressed_findings_stay_as_results_marked_with_their_justification()
    {
        string cfg = "channel = [ \"connection=pty, name=agent\" ]  # xlchan: disable=XLC0120 -- vendor agent, cannot rename\n"
            + "channel += [ \"connection=pty, name=org.qemu.guest_agent.0\" ]  # xlchan: disable=XLC0121\n";
        var results = Valid(TempTree.Create(("vm.cfg", cfg))).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var first = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "XLC0120");
        var suppression = Assert.Single(first.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("vendor agent, cannot rename", suppression.GetProperty("justification").GetString());
        var second = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "XLC0121");
        Assert.False(second.GetProperty("suppressions")[0].TryGetProperty("justification", out _));
    }

    [Fact]
    public void A_multi_file_run_with_a_docs_url_is_valid()
    {
        string dir = TempTree.Create(("a.cfg", TempTree.Broken), ("b/c.cfg", TempTree.WellKnown), ("d.cfg", "memory = 512  # xlchan: disable=XLC0120\n"),
            ("e.cfg", "a = \"\\q\"\r\nb = 1\n"));
        var run = Valid("--docs-url", "https://example.org/xl-channel.html", "--xen", "4.17", dir);
        Assert.Equal("https://example.org/xl-channel.html", run.GetProperty("tool").GetProperty("driver").GetProperty("informationUri").GetString());
        var uris = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().Count();
        Assert.Equal(4, uris);
        Assert.Equal("4.17", run.GetProperty("properties").GetProperty("xenReleases")[0].GetString());
    }
}
