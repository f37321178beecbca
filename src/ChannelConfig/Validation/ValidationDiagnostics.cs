using ChannelConfig.Diagnostics;
using FluentValidation.Results;

namespace ChannelConfig.Validation;

/// <summary>Turns FluentValidation failures into diagnostics: the error code names the rule, the custom state carries the span.</summary>
internal static class ValidationDiagnostics
{
    /// <summary>Adds the diagnostics for a result's failures, in order, creating the list on the first one.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="diagnostics">The list to add to, or null until there is a diagnostic.</param>
    public static void AddTo(ValidationResult result, ref List<Diagnostic>? diagnostics)
    {
        var errors = result.Errors;
        if (errors.Count == 0)
        {
            return;
        }

        diagnostics ??= new List<Diagnostic>(errors.Count);
        foreach (var failure in errors)
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
