using ChannelConfig.Tests.LongestFirstOrdering;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(LongestFirst))]

namespace ChannelConfig.Tests.LongestFirstOrdering;

/// <summary>
/// Starts the test collections that take longest first, so that the run does not end with one of
/// them running alone while the other core waits (xunit runs a test a core in parallel): the
/// packaging, pre-commit and Action tests, which wait for <c>dotnet pack</c>, the guest boots, and
/// the real Xen programs, then the rest in xunit's own order. The collections that run alone
/// (<c>SerialCollection</c>) still run after all the others.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    /// <summary>The longest first, as the test results (trx) of a whole run measured them.</summary>
    private static readonly string[] Longest =
    [
        "EndToEnd.RidToolPackageTests",
        "Adoption.PreCommitHookTests",
        "RealComponents.Qemu.KvmGuestChannelTests",
        "EndToEnd.PackagingTests",
        "Adoption.GitHubActionTests",
        "Real Xen 4.17 programs",
        "Robustness.CommandMemoryTests",
        "Golden.SampleTests",
        "Properties.XenstoreRoundTripProperties",
        "Robustness.FileWriteSafetyTests",
        "RealComponents.Libvirt.LibvirtChannelTests",
    ];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. testCollections.Select((c, i) => (Collection: c, Position: i)).OrderBy(c => Rank(c.Collection)).ThenBy(c => c.Position).Select(c => c.Collection)];

    private static int Rank(ITestCollection collection)
    {
        string name = collection.TestCollectionDisplayName;
        int rank = Array.FindIndex(Longest, l => name.EndsWith(l, StringComparison.Ordinal) || name.Contains(l + " ", StringComparison.Ordinal));
        return rank < 0 ? Longest.Length : rank;
    }
}
