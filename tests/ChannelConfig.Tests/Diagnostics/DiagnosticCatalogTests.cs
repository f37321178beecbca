using System.Reflection;
using System.Text.RegularExpressions;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Tests.Diagnostics;

/// <summary>The rule catalogue is complete, consistent and documented.</summary>
public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Every_rule_field_is_listed_once_with_a_well_formed_unique_code()
    {
        var fields = typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.Equal(fields.Count, DiagnosticCatalog.All.Count);
        Assert.Equal(fields.Select(d => d.Id).Order(), DiagnosticCatalog.All.Select(d => d.Id));
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Name).Distinct().Count());
        Assert.All(DiagnosticCatalog.All, d => Assert.Matches(CodePattern(), d.Id));
    }

    [Fact]
    public void Every_rule_is_documented_with_an_example_and_a_fix()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.False(string.IsNullOrWhiteSpace(d.XlBehaviour));
            Assert.False(string.IsNullOrWhiteSpace(d.Example));
            Assert.False(string.IsNullOrWhiteSpace(d.Fix));
        });
    }

    [Fact]
    public void Rules_are_found_by_code_in_any_case()
    {
        Assert.True(DiagnosticCatalog.TryFind("xlc0001", out var d));
        Assert.Same(DiagnosticCatalog.UnexpectedCharacter, d);
        Assert.False(DiagnosticCatalog.TryFind("XLC9999", out _));
    }

    [GeneratedRegex("^XLC[0-9]{4}$")]
    private static partial Regex CodePattern();
}
