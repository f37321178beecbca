namespace ChannelConfig.Text;

/// <summary>
/// A point in a source file: a byte offset and the 1-based line and column it falls on.
/// </summary>
/// <remarks>
/// Lines are separated by <c>\n</c> only (a <c>\r</c> is an ordinary byte, as it is for xl).
/// Columns count Unicode characters from the start of the line, so a caret printed under a
/// line of UTF-8 text lands where a reader expects it; invalid UTF-8 bytes count one each.
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
/// <param name="Offset">Zero-based byte offset into the file.</param>
/// <param name="Line">One-based line number.</param>
/// <param name="Column">One-based column (in characters) within the line.</param>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
