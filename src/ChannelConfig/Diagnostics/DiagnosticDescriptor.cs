namespace ChannelConfig.Diagnostics;

/// <summary>
/// A rule: its stable code and the documentation shown by <c>xlchan explain</c>, in SARIF and in
/// docs/xl-channel.md. Every descriptor lives in <see cref="DiagnosticCatalog"/>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
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
    /// <summary>The stable code, <c>XLC</c> and four digits.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Id));
    } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>A PascalCase name for the rule (SARIF <c>rule.name</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Name
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Name));
    } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>A one-line summary.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Title
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Title));
    } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>What the rule detects and why it matters.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Description
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Description));
    } = Description ?? throw new ArgumentNullException(nameof(Description));

    /// <summary>What xl (or libxl) does with the same input.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string XlBehaviour
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(XlBehaviour));
    } = XlBehaviour ?? throw new ArgumentNullException(nameof(XlBehaviour));

    /// <summary>A configuration fragment that triggers it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Example
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Example));
    } = Example ?? throw new ArgumentNullException(nameof(Example));

    /// <summary>How to fix it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Fix
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Fix));
    } = Fix ?? throw new ArgumentNullException(nameof(Fix));

    /// <summary>The documentation anchor of the rule in docs/xl-channel.md (the lower-case code).</summary>
    public string DocAnchor => Id.ToLowerInvariant();
}
