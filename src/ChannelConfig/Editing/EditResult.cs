using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Editing;

/// <summary>The outcome of an edit: the new file and the replacements that make it, or why the edit was refused.</summary>
public sealed class EditResult
{
    private EditResult(SourceText original, SourceText? edited, IReadOnlyList<TextEdit> edits, LintResult? after, string? error)
    {
        Original = original;
        Edited = edited;
        Edits = edits;
        After = after;
        Error = error;
    }

    /// <summary>True when the edit was made and verified.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The file before the edit.</summary>
    public SourceText Original { get; }

    /// <summary>The file after the edit (null when refused).</summary>
    public SourceText? Edited { get; }

    /// <summary>The replacements, in file order; every byte outside them is unchanged.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>The edited file, read again (null when refused).</summary>
    public LintResult? After { get; }

    /// <summary>Why the edit was refused, or null.</summary>
    public string? Error { get; }

    /// <summary>True when the file changes.</summary>
    public bool Changed => Succeeded && Edits.Count > 0;

    internal static EditResult Refused(SourceText original, string error) => new(original, null, [], null, error);

    internal static EditResult Done(SourceText original, SourceText edited, IReadOnlyList<TextEdit> edits, LintResult after) =>
        new(original, edited, edits, after, null);
}
