using ChannelConfig.Diagnostics;
using ChannelConfig.Rules;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Rules;

/// <summary>Rule levels, selection and their precedence.</summary>
public sealed class RuleConfigurationTests
{
    private static readonly DiagnosticDescriptor Style = DiagnosticCatalog.ChannelNameStyle;      // XLC0120, info
    private static readonly DiagnosticDescriptor Known = DiagnosticCatalog.WellKnownChannelName;  // XLC0121, info

    [Fact]
    public void The_default_reports_every_rule_at_its_severity()
    {
        Assert.Equal(DiagnosticSeverity.Info, RuleConfiguration.Default.Effective(Style, Style.DefaultSeverity));
        Assert.True(RuleConfiguration.Default.IsDefault);
    }

    [Fact]
    public void Levels_turn_a_rule_off_or_change_its_severity()
    {
        var rules = new RuleConfiguration([new(Known.Id, RuleLevel.Off), new("xlc0120", RuleLevel.Error)]);
        Assert.Null(rules.Effective(Known, Known.DefaultSeverity));
        Assert.Equal(DiagnosticSeverity.Error, rules.Effective(Style, Style.DefaultSeverity));
    }

    [Fact]
    public void Select_keeps_only_matching_prefixes_and_ignore_wins_over_levels()
    {
        var rules = new RuleConfiguration([new(Style.Id, RuleLevel.Error)], select: ["XLC01"], ignore: [Style.Id]);
        Assert.Null(rules.Effective(Style, Style.DefaultSeverity));
        Assert.Equal(DiagnosticSeverity.Info, rules.Effective(Known, Known.DefaultSeverity));
        Assert.Null(rules.Effective(DiagnosticCatalog.CarriageReturn, DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_rule_turned_off_comes_back_only_when_selected_by_its_full_code()
    {
        var off = new[] { new KeyValuePair<string, RuleLevel>(Known.Id, RuleLevel.Off) };
        Assert.Null(new RuleConfiguration(off, select: ["XLC01"]).Effective(Known, Known.DefaultSeverity));
        Assert.Equal(DiagnosticSeverity.Info, new RuleConfiguration(off, select: [Known.Id]).Effective(Known, Known.DefaultSeverity));
    }

    [Fact]
    public void The_verdict_guard_cannot_be_configured()
    {
        var guard = DiagnosticCatalog.RejectedWhileSilenced;
        Assert.Equal(DiagnosticSeverity.Error, new RuleConfiguration(ignore: ["XLC03"]).Effective(guard, DiagnosticSeverity.Error));
        Assert.Throws<ArgumentException>(() => new RuleConfiguration([new(DiagnosticCatalog.RejectedWhileSilenced.Id, RuleLevel.Off)]));
    }

    [Theory]
    [InlineData("XLC9999")]
    [InlineData("XLC120")]
    [InlineData("W0120")]
    public void Unknown_codes_are_refused(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => new RuleConfiguration([new(code, RuleLevel.Off)]));
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
        Assert.NotNull(RuleConfiguration.CheckPrefix(code + "9"));
    }

    [Fact]
    public void Prefixes_must_start_some_code()
    {
        Assert.Null(RuleConfiguration.CheckPrefix("xlc01"));
        Assert.Null(RuleConfiguration.CheckPrefix("XLC"));
        Assert.Contains("did you mean XLC0121?", RuleConfiguration.CheckPrefix("XLC0121x"), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RuleConfiguration(select: ["XL"]));
    }

    [Theory]
    [InlineData("off", RuleLevel.Off)]
    [InlineData("info", RuleLevel.Info)]
    [InlineData("warning", RuleLevel.Warning)]
    [InlineData("error", RuleLevel.Error)]
    public void Levels_parse(string text, RuleLevel expected)
    {
        Assert.True(RuleConfiguration.TryParseLevel(text, out var level));
        Assert.Equal(expected, level);
        Assert.False(RuleConfiguration.TryParseLevel(text.ToUpperInvariant(), out _));
    }

    [Fact]
    public void The_linter_applies_the_configuration()
    {
        var source = SourceText.FromString("vm.cfg", "channel = [ \"connection=pty, name=agent\", \"connection=pty, name=org.qemu.guest_agent.0\" ]\n");
        var result = XlLinter.Lint(source, new LintOptions { Rules = new RuleConfiguration([new(Known.Id, RuleLevel.Off), new(Style.Id, RuleLevel.Error)]) });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Style.Id, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.True(result.HasErrors);
    }
}
