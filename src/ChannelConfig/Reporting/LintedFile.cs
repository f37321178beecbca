namespace ChannelConfig.Reporting;

/// <summary>One file of a lint run: the name it is reported under and its result.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Path">The path as given (or the name given for standard input).</param>
/// <param name="Result">The lint result.</param>
public sealed record LintedFile(string Path, LintResult Result)
{
    /// <summary>The path as given (or the name given for standard input).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Path
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Path));
    } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>The lint result.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public LintResult Result
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Result));
    } = Result ?? throw new ArgumentNullException(nameof(Result));

    /// <summary>The Xen release the file was read as (<c>4.17</c>, <c>newest</c>), or null when not said.</summary>
    public string? XenRelease { get; init; }
}
