using ChannelConfig.Tests.Properties;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// The Pidgin grammar and the hand-written reader agree on FsCheck-generated files, valid and with
/// errors (where the recovery decides which settings survive); a disagreement is shrunk to the
/// fewest pieces that still disagree.
/// </summary>
public sealed class GrammarPropertyTests
{
    [Fact]
    public void Grammar_and_reader_agree_on_generated_valid_files() =>
        PropertyRunner.Check(GeneratedInput.Valid, Agree, maxTest: 300);

    [Fact]
    public void Grammar_and_reader_agree_on_generated_files_with_errors() =>
        PropertyRunner.Check(GeneratedInput.WithErrors, Agree, maxTest: 500);

    private static void Agree(GeneratedInput input)
    {
        var outcome = GrammarDifferential.Compare(input.Bytes);
        Assert.True(outcome.Agrees, outcome.Describe());
    }
}
