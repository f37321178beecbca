using ChannelConfig.Diagnostics;

namespace ChannelConfig.Rules;

/// <summary>A finding that an inline suppression silenced: still known (SARIF lists it, marked), never counted.</summary>
/// <param name="Diagnostic">The finding, at the severity it would have been reported at.</param>
/// <param name="Suppression">The comment that silenced it.</param>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, InlineSuppression Suppression)
{
    /// <summary>The finding, at the severity it would have been reported at.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Diagnostic Diagnostic
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Diagnostic));
    } = Diagnostic ?? throw new ArgumentNullException(nameof(Diagnostic));

    /// <summary>The comment that silenced it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public InlineSuppression Suppression
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Suppression));
    } = Suppression ?? throw new ArgumentNullException(nameof(Suppression));


    /// <summary>The reason given in the comment after <c> -- </c>, or null.</summary>
    public string? Justification => Suppression.Justification;
}
