using ChannelConfig.Tests.Golden;

namespace ChannelConfig.Tests.EndToEnd;

/// <summary>
/// The packages the packaging tests share, each made once a test run, by the first test that
/// needs it (the others wait for it): packing is most of what those tests cost.
/// </summary>
internal static class ToolPackages
{
    private static readonly Lazy<string> SharedWork = new(() => Directory.CreateTempSubdirectory("xlchan-packages-").FullName);

    private static readonly Lazy<string> PlainPackages = new(PackPlain, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The folder the plain packages are built in. Its <c>xlchan-action/artifacts</c> is the build
    /// of <see cref="Plain"/>, laid out as the GitHub Action's step (action/lint.sh) lays out its
    /// own under <c>RUNNER_TEMP</c>: the action test runs the step with this folder as
    /// <c>RUNNER_TEMP</c>, so that its <c>dotnet pack</c> (the same command) finds the build made.
    /// </summary>
    public static string Work => SharedWork.Value;

    /// <summary>
    /// The folder holding what <c>dotnet pack</c> of the library and of the tool make, as a
    /// developer runs them (no RID-specific packages): ChannelConfig.*.nupkg, its .snupkg and
    /// xlchan.*.nupkg. Read it; do not write to it.
    /// </summary>
    public static string Plain => PlainPackages.Value;

    private static string PackPlain()
    {
        string packages = Path.Combine(Work, "packages");
        string artifacts = Path.Combine(Work, "xlchan-action", "artifacts");
        foreach (string project in new[] { "src/ChannelConfig/ChannelConfig.csproj", "src/ChannelConfig.Cli/ChannelConfig.Cli.csproj" })
        {
            ToolProcess.Run(GoldenFile.RepositoryRoot, "dotnet", "pack", project, "-c", "Release", "-o", packages, $"-p:ArtifactsPath={artifacts}");
        }

        return packages;
    }
}
