namespace ChannelConfig.Text;

/// <summary>One replacement of a range of the file.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Span">The bytes to replace (empty to insert).</param>
/// <param name="NewText">The text to put there, as it is written in the file (quoted and escaped where needed).</param>
public sealed record TextEdit(SourceSpan Span, string NewText)
{
    /// <summary>The text that replaces the span.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public string NewText
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(NewText));
    } = NewText ?? throw new ArgumentNullException(nameof(NewText));
}
