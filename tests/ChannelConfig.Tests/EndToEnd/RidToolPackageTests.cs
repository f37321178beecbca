using System.IO.Compression;
using System.Xml.Linq;
using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>
/// The release packages: .NET 10's RID-specific tool packages. <c>dotnet tool install xlchan</c>
/// on linux-x64 gets the native (NativeAOT) build, and every other platform the
/// framework-dependent fallback (<c>xlchan.any</c>). The packages are the ones .ci/run builds once
/// (<c>XLCHAN_TOOL_PACKAGES</c>; its native re-run of the command-line tests uses the executable
/// this test installs), or are built here the same way (about three minutes).
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class RidToolPackageTests
{
    [Fact]
    public void Install_gets_the_native_build_on_linux_x64_and_the_fallback_runs_on_dotnet()
    {
        string work = Directory.CreateTempSubdirectory("xlchan-rid-").FullName;
        string packages = Environment.GetEnvironmentVariable("XLCHAN_TOOL_PACKAGES") is { Length: > 0 } built ? built : Pack(work);

        // The package users install names the others, one for each platform and the fallback.
        string pointer = Assert.Single(Directory.GetFiles(packages, "xlchan.*.nupkg"), p => char.IsDigit(Path.GetFileName(p)["xlchan.".Length]));
        var settings = ToolSettings(pointer);
        Assert.Equal(
            ["linux-x64=xlchan.linux-x64", "any=xlchan.any"],
            settings.Descendants("RuntimeIdentifierPackage").Select(e => $"{e.Attribute("RuntimeIdentifier")?.Value}={e.Attribute("Id")?.Value}"));

        // The linux-x64 package holds one native executable and no assemblies or symbols.
        string native = Assert.Single(Directory.GetFiles(packages, "xlchan.linux-x64.*.nupkg"));
        using (var zip = ZipFile.OpenRead(native))
        {
            var files = zip.Entries.Select(e => e.FullName).Where(f => f.StartsWith("tools/", StringComparison.Ordinal)).ToList();
            Assert.Contains("tools/any/linux-x64/xlchan", files);
            Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
        }

        var command = ToolSettings(native).Descendants("Command").Single();
        Assert.Equal("executable", command.Attribute("Runner")?.Value);

        // On this (linux-x64) machine the install picks the native package: an ELF executable,
        // with no assemblies beside it, that lints as the framework-dependent build does.
        string tools = Path.Combine(work, "tools");
        Run(work, "dotnet", "tool", "install", "xlchan", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        string installed = new FileInfo(Path.Combine(tools, "xlchan")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tools, "xlchan");
        Assert.Contains("xlchan.linux-x64", installed, StringComparison.Ordinal);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(installed)[..4]);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "xlchan.dll")), "the native package holds no assemblies");
        string sample = Path.Combine(GoldenFile.RepositoryRoot, "samples", "cloud-first-boot.cfg");
        var (exit, output) = Run(work, Path.Combine(tools, "xlchan"), "lint", "--format", "json", sample);
        Assert.True(exit == 0, output);
        Assert.Contains("\"verdict\": \"accepted\"", output, StringComparison.Ordinal);

        // The fallback other platforms get is the framework-dependent build (xlchan.dll on dotnet).
        string fallback = Path.Combine(work, "fallback");
        Run(work, "dotnet", "tool", "install", "xlchan.any", "--tool-path", fallback, "--add-source", packages, "--ignore-failed-sources");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fallback, ".store"), "xlchan.dll", SearchOption.AllDirectories));
        var (fallbackExit, fallbackOutput) = Run(work, Path.Combine(fallback, "xlchan"), "lint", "--format", "json", sample);
        Assert.True(fallbackExit == 0, fallbackOutput);
        Assert.Equal(output, fallbackOutput);
    }

    /// <summary>The release recipe (README, Install): the pointer and fallback packages, then the native one.</summary>
    private static string Pack(string work)
    {
        string packages = Path.Combine(work, "packages");
        string artifacts = Path.Combine(work, "artifacts");
        const string project = "src/ChannelConfig.Cli/ChannelConfig.Cli.csproj";
        Run(GoldenFile.RepositoryRoot, "dotnet", "pack", project, "-c", "Release", "-p:RidToolPackages=true", "-o", packages, $"-p:ArtifactsPath={artifacts}");
        Run(GoldenFile.RepositoryRoot, "dotnet", "pack", project, "-c", "Release", "-p:RidToolPackages=true", "-r", "linux-x64", "-o", packages, $"-p:ArtifactsPath={artifacts}");
        return packages;
    }

    private static XElement ToolSettings(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        return XElement.Load(stream);
    }

    private static (int Exit, string Output) Run(string directory, string file, params string[] args) => ToolProcess.Run(directory, file, args);
}
