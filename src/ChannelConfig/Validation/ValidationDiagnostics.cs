using ChannelConfig.Diagnostics;
using FluentValidation.Results;

namespace ChannelConfig.Validation;

/// <summary>Turns FluentValidation failures into diagnostics: the error code names the rule, the custom state carries the span.</summary>
internal static class ValidationDiagnostics
{
    public static IEnumerable<Diagnostic> From(ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            if (!DiagnosticCatalog.TryFind(failure.ErrorCode, out var descriptor))
            {
                throw new InvalidOperationException($"validation rule without a catalogue code: {failure.ErrorCode}");
            }

            var state = failure.CustomState as FailureState ?? new FailureState(default);
            var severity = failure.Severity switch
            {
                FluentValidation.Severity.Error => DiagnosticSeverity.Error,
                FluentValidation.Severity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            yield return new Diagnostic(descriptor, state.Span, failure.ErrorMessage, state.XlMessage, severity, state.Fix);
        }
    }
}
