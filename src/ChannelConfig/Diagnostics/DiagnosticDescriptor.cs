namespace ChannelConfig.Diagnostics;

/// <summary>
/// A rule: its stable code and the documentation shown by <c>xlchan explain</c>, in SARIF and in
/// docs/xl-channel.md. Every descriptor lives in <see cref="DiagnosticCatalog"/>.
/// </summary>
/// <param name="Id">The stable code, <c>XLC</c> and four digits.</param>
/// <param name="Name">A PascalCase name for the rule (SARIF <c>rule.name</c>).</param>
/// <param name="Title">A one-line summary.</param>
/// <param name="DefaultSeverity">The usual severity of its findings.</param>
/// <param name="Description">What the rule detects and why it matters.</param>
/// <param name="XlBehaviour">What xl (or libxl) does with the same input.</param>
/// <param name="Example">A configuration fragment that triggers it.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Name,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string Description,
    string XlBehaviour,
    string Example,
    string Fix)
{
    /// <summary>The documentation anchor of the rule in docs/xl-channel.md (the lower-case code).</summary>
    public string DocAnchor => Id.ToLowerInvariant();
}
