using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;
using Json.Schema;

namespace ChannelConfig.Tests.Reporting;

/// <summary><see cref="SarifWriter"/> on its own: the SARIF 2.1.0 shape code scanning reads, rules, results with locations, fixes, and suppressions with their reason.</summary>
public sealed class SarifWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // The official schema is draft-04; its keywords mean the same in draft-07, which JsonSchema.Net evaluates.
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    });

    private static JsonElement Write(IEnumerable<LintedFile> files, string? docsUri = null)
    {
        using var output = new StringWriter();
        JsonText.Write(output, indented: true, w => SarifWriter.Write(w, files, "1.2.3", docsUri));
        var root = JsonDocument.Parse(output.ToString()).RootElement;
        var result = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20);
        Assert.True(result.IsValid, string.Join('\n', errors));
        return root;
    }

    [Fact]
    public void The_log_is_version_2_1_0_with_one_run_and_every_rule_of_the_catalogue()
    {
        var root = Write([ReportExamples.File("memory = 512\n")]);
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifWriter.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("xlchan", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal(DiagnosticCatalog.All.Select(r => r.Id), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(r.TryGetProperty("helpUri", out _));
        });
        Assert.Equal("unicodeCodePoints", run.GetProperty("columnKind").GetString());
        Assert.Empty(run.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Each_diagnostic_is_a_result_with_its_rule_level_and_location()
    {
        var file = ReportExamples.File(ReportExamples.Findings, "dir/vm 1.cfg");
        var run = Write([file]).GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().Where(r => !r.TryGetProperty("suppressions", out _)).ToList();
        Assert.Equal(file.Result.Diagnostics.Count, results.Count);
        Assert.NotEmpty(results);
        foreach (var (d, r) in file.Result.Diagnostics.Zip(results))
        {
            Assert.Equal(d.Code, r.GetProperty("ruleId").GetString());
            Assert.Equal(d.Code, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(SarifWriter.Level(d.Severity), r.GetProperty("level").GetString());
            Assert.Equal(d.Message, r.GetProperty("message").GetProperty("text").GetString());
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("dir/vm%201.cfg", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = location.GetProperty("region");
            Assert.Equal(d.Span.Start.Line, region.GetProperty("startLine").GetInt32());
            Assert.Equal(d.Span.Start.Column, region.GetProperty("startColumn").GetInt32());
            Assert.Equal(d.Span.End.Line, region.GetProperty("endLine").GetInt32());
            Assert.True(region.GetProperty("endColumn").GetInt32() > region.GetProperty("startColumn").GetInt32() || region.GetProperty("endLine").GetInt32() > region.GetProperty("startLine").GetInt32());
        }

        Assert.Contains(results, r => r.GetProperty("level").GetString() == "error");
        Assert.Contains(results, r => r.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public void A_mechanical_fix_is_a_sarif_fix_with_its_replacement()
    {
        var file = ReportExamples.File(ReportExamples.Findings);
        var fixedOne = Assert.Single(file.Result.Diagnostics, d => d.Code == DiagnosticCatalog.UnusedSuppression.Id);
        var run = Write([file]).GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == DiagnosticCatalog.UnusedSuppression.Id);
        var fix = Assert.Single(result.GetProperty("fixes").EnumerateArray());
        Assert.Equal(fixedOne.Fix!.Title, fix.GetProperty("description").GetProperty("text").GetString());
        var replacement = Assert.Single(Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray()).GetProperty("replacements").EnumerateArray());
        Assert.Equal(fixedOne.Fix.Edits[0].NewText, replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(3, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_silenced_finding_is_a_result_with_an_in_source_suppression_and_its_justification()
    {
        var file = ReportExamples.File(ReportExamples.Findings);
        var silenced = Assert.Single(file.Result.Suppressed);
        var run = Write([file]).GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.TryGetProperty("suppressions", out _));
        Assert.Equal(DiagnosticCatalog.ChannelNameStyle.Id, result.GetProperty("ruleId").GetString());
        Assert.Equal(silenced.Diagnostic.Span.Start.Line, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("legacy agent, renamed in Q3", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void A_suppression_without_a_reason_has_no_justification()
    {
        var file = ReportExamples.File("channel = [ \"connection=pty, name=agent\" ]  # xlchan: disable=XLC0120\n");
        var result = Assert.Single(Write([file]).GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.False(suppression.TryGetProperty("justification", out _));
    }

    [Fact]
    public void A_docs_url_gives_each_rule_a_help_link_to_its_anchor_and_a_relative_one_is_refused()
    {
        var driver = Write([ReportExamples.File("memory = 512\n")], "https://example.org/xl-channel.html").GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.org/xl-channel.html", driver.GetProperty("informationUri").GetString());
        Assert.All(
            driver.GetProperty("rules").EnumerateArray().Zip(DiagnosticCatalog.All),
            pair => Assert.Equal($"https://example.org/xl-channel.html#{pair.Second.DocAnchor}", pair.First.GetProperty("helpUri").GetString()));

        using var output = new StringWriter();
        Assert.Throws<ArgumentException>(() => JsonText.Write(output, indented: false, w => SarifWriter.Write(w, [], "1.2.3", "docs/xl-channel.md")));
    }

    [Fact]
    public void The_xen_releases_read_as_are_run_properties()
    {
        var run = Write([ReportExamples.File("memory = 512\n", "a.cfg", "4.17"), ReportExamples.File("memory = 512\n", "b.cfg", "newest"), ReportExamples.File("memory = 512\n", "c.cfg", "4.17")]).GetProperty("runs")[0];
        Assert.Equal(["4.17", "newest"], run.GetProperty("properties").GetProperty("xenReleases").EnumerateArray().Select(e => e.GetString()));
        Assert.False(Write([ReportExamples.File("memory = 512\n")]).GetProperty("runs")[0].TryGetProperty("properties", out _));
    }

    [Theory]
    [InlineData("vm.cfg", "vm.cfg")]
    [InlineData("dir\\sub/vm.cfg", "dir/sub/vm.cfg")]
    [InlineData("a b/c#d%e?.cfg", "a%20b/c%23d%25e%3F.cfg")]
    public void Artifact_uris_use_forward_slashes_and_percent_encode_each_segment(string path, string uri) =>
        Assert.Equal(uri, SarifWriter.ArtifactUri(path));

    [Fact]
    public void Severities_map_to_sarif_levels()
    {
        Assert.Equal("error", SarifWriter.Level(DiagnosticSeverity.Error));
        Assert.Equal("warning", SarifWriter.Level(DiagnosticSeverity.Warning));
        Assert.Equal("note", SarifWriter.Level(DiagnosticSeverity.Info));
    }
}
