using System.IO.Compression;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> makes the library package (README, XML docs, license, symbols) and the
/// <c>xlchan</c> tool package, and the tool installs from the local folder and runs.
/// Everything is built in a temporary artifacts folder, away from the working tree's outputs, once
/// for this test and the GitHub Action's (<see cref="ToolPackages.Plain"/>).
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class PackagingTests
{
    [Fact]
    public void Pack_both_packages_then_install_and_run_the_tool()
    {
        string work = Directory.CreateTempSubdirectory("xlchan-pack-").FullName;
        string packages = ToolPackages.Plain; // dotnet pack of both projects, made once for the tests that need it
        string tools = Path.Combine(work, "tools");

        string library = Assert.Single(Directory.GetFiles(packages, "ChannelConfig.*.nupkg"));
        Assert.Single(Directory.GetFiles(packages, "ChannelConfig.*.snupkg"));
        using (var zip = ZipFile.OpenRead(library))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/ChannelConfig.dll", entries);
            Assert.Contains("lib/net10.0/ChannelConfig.xml", entries);
            string nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            Assert.Contains("FluentValidation", nuspec, StringComparison.Ordinal);
        }

        string tool = Assert.Single(Directory.GetFiles(packages, "xlchan.*.nupkg"));
        using (var zip = ZipFile.OpenRead(tool))
        {
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        }

        Run(work, "dotnet", "tool", "install", "xlchan", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        string sample = Path.Combine(GoldenFile.RepositoryRoot, "samples", "cloud-first-boot.cfg");
        var (exit, output) = Run(work, Path.Combine(tools, "xlchan"), "lint", "--format", "json", sample);
        Assert.Equal(0, exit);
        Assert.Contains("\"verdict\": \"accepted\"", output, StringComparison.Ordinal);

        // The README's CI step, as written: lint the checkout (hidden folders such as the tool's own
        // checkout are not searched) into SARIF, pinned to a release by .xlchan.toml.
        string repository = Path.Combine(work, "configs-repo");
        Directory.CreateDirectory(Path.Combine(repository, ".xlchan-src"));
        File.Copy(sample, Path.Combine(repository, "web-01.cfg"));
        File.WriteAllText(Path.Combine(repository, ".xlchan-src", "broken.cfg"), "channel = [ \"connection=PTY\" ]\n");
        File.WriteAllText(Path.Combine(repository, ".xlchan.toml"), "xen = \"4.21\"\n[rules]\nXLC0121 = \"off\"\n");
        var (sarifExit, sarif) = Run(repository, Path.Combine(tools, "xlchan"), "lint", "--format", "sarif", ".");
        Assert.Equal(0, sarifExit);
        var run = System.Text.Json.JsonDocument.Parse(sarif[..(sarif.LastIndexOf('}') + 1)]).RootElement.GetProperty("runs")[0];
        Assert.Equal("4.21", run.GetProperty("properties").GetProperty("xenReleases")[0].GetString());
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
    }

    private static (int Exit, string Output) Run(string directory, string file, params string[] args) => ToolProcess.Run(directory, file, args);
}
