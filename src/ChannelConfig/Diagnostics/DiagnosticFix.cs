using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <summary>A fix a diagnostic offers: a title and the edits that make it.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
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
