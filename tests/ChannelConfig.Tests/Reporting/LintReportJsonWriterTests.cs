using System.Text.Json;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Reporting;

/// <summary><see cref="LintReportJsonWriter"/> on its own: each file's verdict, diagnostics and silenced findings, and a summary that counts them.</summary>
public sealed class LintReportJsonWriterTests
{
    private static JsonElement Write(params (LintedFile File, IReadOnlyList<Diagnostic> Diagnostics)[] files)
    {
        using var output = new StringWriter();
        JsonText.Write(output, indented: true, w => LintReportJsonWriter.Write(w, files));
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Fact]
    public void No_files_is_an_empty_list_and_a_zero_summary()
    {
        var root = Write();
        Assert.Empty(root.GetProperty("files").EnumerateArray());
        var summary = root.GetProperty("summary");
        foreach (string name in new[] { "files", "errors", "warnings", "infos", "suppressed" })
        {
            Assert.Equal(0, summary.GetProperty(name).GetInt32());
        }

        Assert.Empty(summary.GetProperty("xen").EnumerateArray());
    }

    [Fact]
    public void A_file_has_its_path_verdict_release_diagnostics_and_silenced_findings()
    {
        var file = ReportExamples.File(ReportExamples.Findings, "dir/vm.cfg", "4.17");
        var entry = Assert.Single(Write((file, file.Result.Diagnostics)).GetProperty("files").EnumerateArray());
        Assert.Equal("dir/vm.cfg", entry.GetProperty("path").GetString());
        Assert.Equal(ConfigJsonWriter.VerdictName(file.Result.Verdict), entry.GetProperty("verdict").GetString());
        Assert.Equal("4.17", entry.GetProperty("xen").GetString());

        var diagnostics = entry.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(file.Result.Diagnostics.Select(d => d.Code), diagnostics.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(file.Result.Diagnostics.Select(d => Diagnostic.SeverityName(d.Severity)), diagnostics.Select(d => d.GetProperty("severity").GetString()));
        Assert.Equal(file.Result.Diagnostics.Select(d => d.Message), diagnostics.Select(d => d.GetProperty("message").GetString()));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("fix").GetProperty("text").GetString())));
        var unused = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == DiagnosticCatalog.UnusedSuppression.Id);
        Assert.Equal("", Assert.Single(unused.GetProperty("fix").GetProperty("edits").EnumerateArray()).GetProperty("newText").GetString());

        var silenced = Assert.Single(entry.GetProperty("suppressed").EnumerateArray());
        Assert.Equal(DiagnosticCatalog.ChannelNameStyle.Id, silenced.GetProperty("code").GetString());
        var suppression = silenced.GetProperty("suppression");
        Assert.Equal("line", suppression.GetProperty("scope").GetString());
        Assert.Equal(1, suppression.GetProperty("line").GetInt32());
        Assert.Equal("legacy agent, renamed in Q3", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void A_file_without_a_release_has_no_xen_member()
    {
        var file = ReportExamples.File("memory = 512\n");
        var entry = Assert.Single(Write((file, file.Result.Diagnostics)).GetProperty("files").EnumerateArray());
        Assert.False(entry.TryGetProperty("xen", out _));
        Assert.Empty(entry.GetProperty("diagnostics").EnumerateArray());
        Assert.Empty(entry.GetProperty("suppressed").EnumerateArray());
    }

    [Fact]
    public void Only_the_diagnostics_given_are_written_and_counted_but_every_silenced_finding_is()
    {
        var a = ReportExamples.File(ReportExamples.Findings, "a.cfg", "4.17");
        var b = ReportExamples.File(ReportExamples.Findings, "b.cfg", "newest");
        var c = ReportExamples.File("channel = [ \"connection=pty, name=agent\" ]\n", "c.cfg", "4.17");
        IReadOnlyList<Diagnostic> errorsOnly = [.. b.Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        var root = Write((a, a.Result.Diagnostics), (b, errorsOnly), (c, c.Result.Diagnostics));

        Assert.Equal(errorsOnly.Count, root.GetProperty("files")[1].GetProperty("diagnostics").GetArrayLength());
        var all = a.Result.Diagnostics.Concat(errorsOnly).Concat(c.Result.Diagnostics).ToList();
        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(all.Count(d => d.Severity == DiagnosticSeverity.Error), summary.GetProperty("errors").GetInt32());
        Assert.Equal(all.Count(d => d.Severity == DiagnosticSeverity.Warning), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(all.Count(d => d.Severity == DiagnosticSeverity.Info), summary.GetProperty("infos").GetInt32());
        Assert.Equal(2, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(["4.17", "newest"], summary.GetProperty("xen").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_path_or_message_with_control_characters_is_escaped_json()
    {
        var file = ReportExamples.File(ReportExamples.Findings, "a\u001b[31m\nb.cfg");
        using var output = new StringWriter();
        JsonText.Write(output, indented: false, w => LintReportJsonWriter.Write(w, [(file, file.Result.Diagnostics)]));
        string json = output.ToString();
        Assert.DoesNotContain(json, c => char.IsControl(c));
        Assert.Equal("a\u001b[31m\nb.cfg", JsonDocument.Parse(json).RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }
}
