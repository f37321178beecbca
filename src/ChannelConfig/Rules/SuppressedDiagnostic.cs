using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Rules;

/// <summary>A finding that an inline suppression silenced: still known (SARIF lists it, marked), never counted.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SuppressedDiagnostic
{
    internal SuppressedDiagnostic(Diagnostic diagnostic, InlineSuppression suppression)
    {
        Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
        Suppression = suppression ?? throw new ArgumentNullException(nameof(suppression));
    }

    /// <summary>The finding, at the severity it would have been reported at.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The reason given in the comment after <c> -- </c>, or null.</summary>
    public string? Justification => Suppression.Justification;

    /// <summary>The <c># xlchan: disable…</c> comment that silenced the finding.</summary>
    public SourceSpan CommentSpan => Suppression.Span;

    /// <summary>The comment that silenced it, as read.</summary>
    internal InlineSuppression Suppression { get; }
}
