using ChannelConfig.Tests.Conformance;
using Xunit.Sdk;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// The Pidgin grammar and the hand-written reader agree on every file of the conformance data:
/// the files xl accepts, and the ones it rejects (where the grammar models the recovery).
/// </summary>
public sealed class GrammarConformanceTests
{
    [Fact]
    public void Grammar_and_reader_agree_on_every_accepted_conformance_file()
    {
        var cases = ConformanceCase.All().Where(c => !c.Crash && c.Rc == 0).ToList();
        var compared = Check(cases);
        Assert.True(compared > 100, $"only {compared} accepted files were compared");
    }

    [Fact]
    public void Grammar_and_reader_agree_on_every_rejected_conformance_file()
    {
        var cases = ConformanceCase.All().Where(c => c.Crash || c.Rc != 0).ToList();
        Check(cases);
    }

    private static int Check(List<ConformanceCase> cases)
    {
        var failures = new List<string>();
        int compared = 0;
        foreach (var c in cases)
        {
            var outcome = GrammarDifferential.Compare(File.ReadAllBytes(c.CfgPath));
            if (!outcome.Modelled)
            {
                continue;
            }

            compared++;
            if (!outcome.Agrees)
            {
                failures.Add($"{c.Id}:\n{outcome.Describe()}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"compared {compared} of {cases.Count} conformance files");
        if (failures.Count > 0)
        {
            throw new XunitException($"{failures.Count} of {compared} files differ:\n" + string.Join("\n", failures.Take(5)));
        }

        return compared;
    }
}
