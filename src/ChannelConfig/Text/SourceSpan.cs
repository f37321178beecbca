namespace ChannelConfig.Text;

/// <summary>
/// A range of a source file, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="Start">The first byte of the range.</param>
/// <param name="End">The position just after the last byte of the range.</param>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    /// <summary>The number of bytes the span covers.</summary>
    public int Length => End.Offset - Start.Offset;

    /// <summary>True when the span covers no bytes (a point, such as the end of the file).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates an empty span at <paramref name="position"/>.</summary>
    /// <param name="position">Where the span stands.</param>
    /// <returns>A span of length zero.</returns>
    public static SourceSpan At(SourcePosition position) => new(position, position);

    /// <summary>Returns the smallest span that covers both this span and <paramref name="other"/>.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>The covering span.</returns>
    public SourceSpan Union(SourceSpan other) =>
        new(other.Start.Offset < Start.Offset ? other.Start : Start,
            other.End.Offset > End.Offset ? other.End : End);

    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
