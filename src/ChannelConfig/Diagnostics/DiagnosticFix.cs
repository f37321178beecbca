using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <summary>One replacement of a range of the file.</summary>
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

/// <summary>A fix a diagnostic offers: a title and the edits that make it.</summary>
/// <param name="Title">What the fix does, for people.</param>
/// <param name="Edits">The edits, which do not overlap.</param>
public sealed record DiagnosticFix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>What the fix does, for people.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Title
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Title));
    } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The edits, which do not overlap.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<TextEdit> Edits
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Edits));
    } = Edits ?? throw new ArgumentNullException(nameof(Edits));
}
