using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Validation;

/// <summary>What a validation rule attaches to its failure (FluentValidation's <c>CustomState</c>): where, and xl's words.</summary>
/// <param name="Span">Where the problem is.</param>
/// <param name="XlMessage">What xl or libxl prints for it, or null.</param>
/// <param name="Fix">A fix, or null.</param>
internal sealed record FailureState(SourceSpan Span, string? XlMessage = null, DiagnosticFix? Fix = null);
