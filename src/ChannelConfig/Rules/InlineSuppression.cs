using ChannelConfig.Text;

namespace ChannelConfig.Rules;

/// <summary>Where an inline suppression applies.</summary>
internal enum SuppressionScope
{
    /// <summary>The line the comment ends (<c>value  # xlchan: disable=…</c>).</summary>
    Line,

    /// <summary>The next line that is neither blank nor a comment (the comment stands on a line of its own).</summary>
    NextLine,

    /// <summary>The whole file (<c># xlchan: disable-file=…</c>).</summary>
    File,
}

/// <summary>One code named by an inline suppression, and where it is written.</summary>
/// <param name="Code">The code, in upper case.</param>
/// <param name="Span">Where it is written in the comment.</param>
internal sealed record SuppressedCode(string Code, SourceSpan Span)
{
    /// <summary>The code, in upper case.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Code
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Code));
    } = Code ?? throw new ArgumentNullException(nameof(Code));
}

/// <summary>
/// A <c># xlchan: disable=CODE,CODE -- reason</c> or <c># xlchan: disable-file=CODE</c> comment.
/// </summary>
/// <param name="Scope">Where it applies.</param>
/// <param name="TargetLine">The line it silences (for <see cref="SuppressionScope.File"/>, the comment's own line); 0 when a next-line comment has no line after it.</param>
/// <param name="Codes">The codes it names, in order.</param>
/// <param name="Justification">The reason written after <c> -- </c>, or null.</param>
/// <param name="Span">The directive, from its <c>#</c> to the end of the comment (without the newline).</param>
/// <param name="Removal">The bytes to remove to delete the directive: the whole line when it stands alone, otherwise the directive and the blanks before it.</param>
/// <param name="CodesSpan">The comma-separated list of codes.</param>
internal sealed record InlineSuppression(
    SuppressionScope Scope,
    int TargetLine,
    IReadOnlyList<SuppressedCode> Codes,
    string? Justification,
    SourceSpan Span,
    SourceSpan Removal,
    SourceSpan CodesSpan)
{
    /// <summary>The codes it names, in order.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<SuppressedCode> Codes
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Codes));
    } = Codes ?? throw new ArgumentNullException(nameof(Codes));
}
