using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <summary>
/// One finding about a configuration file: a stable code, a severity, where it is, what is wrong
/// and how to fix it, and (where xl reports the same problem) the exact words xl prints.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The rule that produced it.</param>
    /// <param name="span">Where in the file it applies.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="xlMessage">What xl prints for the same problem, or null when xl says nothing.</param>
    /// <param name="severity">The severity, when it differs from the rule's default.</param>
    /// <param name="fix">A fix the diagnostic offers, or null.</param>
    public Diagnostic(DiagnosticDescriptor descriptor, SourceSpan span, string message, string? xlMessage = null, DiagnosticSeverity? severity = null, DiagnosticFix? fix = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Span = span;
        Message = message;
        XlMessage = xlMessage;
        Severity = severity ?? descriptor.DefaultSeverity;
        Fix = fix;
    }

    /// <summary>The rule that produced this diagnostic.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code, <c>XLC</c> and four digits.</summary>
    public string Code => Descriptor.Id;

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where in the file it applies.</summary>
    public SourceSpan Span { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>xl's own message for the same problem, exactly as xl prints it (without a trailing newline), or null.</summary>
    public string? XlMessage { get; }

    /// <summary>A fix for the problem, when one can be made mechanically (<c>xlchan fix</c> applies it).</summary>
    public DiagnosticFix? Fix { get; }

    /// <summary>The same finding reported at another severity (a team's choice of level for the rule).</summary>
    internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Span, Message, XlMessage, severity, Fix);

    /// <summary>Formats the diagnostic as <c>line:column: severity CODE: message</c>.</summary>
    /// <returns>The formatted text.</returns>
    public override string ToString() =>
        $"{Span.Start.Line}:{Span.Start.Column}: {SeverityName(Severity)} {Code}: {Message}";

    /// <summary>Returns the lower-case name of a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its name.</returns>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
