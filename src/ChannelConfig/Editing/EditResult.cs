using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Editing;

/// <summary>The outcome of an edit: the new file and the replacements that make it, or why the edit was refused.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class EditResult
{
    private EditResult(SourceText original, SourceText? edited, IReadOnlyList<TextEdit> edits, XlVerdict? verdict, IReadOnlyList<Diagnostic> diagnostics, string? error, int fixesApplied = 0, IReadOnlyList<string>? notes = null)
    {
        FixesApplied = fixesApplied;
        Notes = notes ?? [];
        Original = original;
        Edited = edited;
        Edits = edits;
        Verdict = verdict;
        Diagnostics = diagnostics;
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

    /// <summary>xl's verdict on the edited file (null when refused).</summary>
    public XlVerdict? Verdict { get; }

    /// <summary>
    /// The edited file's findings, read again (empty when refused): what remains after the edit.
    /// The result keeps these rather than the whole reading, so that holding it costs little.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the edited file has an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Why the edit was refused, or null.</summary>
    public string? Error { get; }

    /// <summary>For <see cref="XlConfigEditor.ApplyFixes"/>: how many of the diagnostics' fixes were applied (0 for other edits).</summary>
    public int FixesApplied { get; }

    /// <summary>
    /// What a person should know about a change that was made: a field it dropped (a pty channel's
    /// <c>path=</c>), or a warning the edited file has that the original did not.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when the file changes.</summary>
    public bool Changed => Succeeded && Edits.Count > 0;

    /// <summary>
    /// Writes the edit as a unified diff with git's headers (<c>a/PATH</c>, <c>b/PATH</c>, names
    /// quoted as git quotes them), byte for byte, so that <c>patch -p1</c> applies it; nothing
    /// when nothing changed.
    /// </summary>
    /// <param name="output">Where the diff's bytes go.</param>
    /// <param name="path">The file's name in the headers, or null for <see cref="SourceText.Name"/> of <see cref="Original"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void WriteUnifiedDiff(Stream output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        UnifiedDiff.Write(output, path ?? Original.Name, Original, Edits);
    }

    /// <summary>The diff of <see cref="WriteUnifiedDiff"/> as text, to show; a file that is not UTF-8 cannot be rebuilt from it, so apply the bytes of <see cref="WriteUnifiedDiff"/>.</summary>
    /// <param name="path">The file's name in the headers, or null for <see cref="SourceText.Name"/> of <see cref="Original"/>.</param>
    /// <returns>The diff; empty when nothing changed.</returns>
    public string ToUnifiedDiff(string? path = null) => UnifiedDiff.Create(path ?? Original.Name, Original, Edits);

    internal static EditResult Refused(SourceText original, string error) => new(original, null, [], null, [], error);

    internal static EditResult Done(SourceText original, SourceText edited, IReadOnlyList<TextEdit> edits, XlVerdict verdict, IReadOnlyList<Diagnostic> diagnostics, int fixesApplied = 0, IReadOnlyList<string>? notes = null) =>
        new(original, edited, edits, verdict, diagnostics, null, fixesApplied, notes);
}
