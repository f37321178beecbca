using ChannelConfig.Diagnostics;
using FluentValidation;

namespace ChannelConfig.Validation;

/// <summary>Ties a FluentValidation rule to a catalogue rule: its code and default severity.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TProperty> As<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, DiagnosticDescriptor descriptor) =>
        rule.WithErrorCode(descriptor.Id).WithSeverity(descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => Severity.Error,
            DiagnosticSeverity.Warning => Severity.Warning,
            _ => Severity.Info,
        });
}
