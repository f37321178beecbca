using ChannelConfig.Diagnostics;
using FluentValidation.Results;

namespace ChannelConfig.Validation;

/// <summary>Turns FluentValidation failures into diagnostics: the error code names the rule, the custom state carries the span.</summary>
internal static class ValidationDiagnostics
{
    /// <summary>Adds the diagnostics for a result's failures, in order (the bag stops at its limit).</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="diagnostics">The diagnostics to add to.</param>
    public static void AddTo(ValidationResult result, DiagnosticBag diagnostics)
    {
        foreach (var failure in result.Errors)
        {
            diagnostics.Add(From(failure));
        }
    }

    private static Diagnostic From(ValidationFailure failure)
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
        return new Diagnostic(descriptor, state.Span, failure.ErrorMessage, state.XlMessage, severity, state.Fix);
    }
}
