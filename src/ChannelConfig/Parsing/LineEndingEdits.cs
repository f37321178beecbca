using ChannelConfig.Text;

namespace ChannelConfig.Parsing;

/// <summary>
/// The edits that make every CRLF line end LF (each removes one carriage return), made when asked
/// for from where the carriage returns are: four bytes a line instead of an edit object, so the
/// fix of a file of a million CRLF lines does not hold a million edits for as long as its
/// diagnostic lives.
/// </summary>
/// <remarks>Immutable; each request makes an equal edit anew. Safe from any number of threads.</remarks>
internal sealed class LineEndingEdits : IReadOnlyList<TextEdit>
{
    private readonly SourceText _source;
    private readonly int[] _carriageReturns;

    private LineEndingEdits(SourceText source, int[] carriageReturns)
    {
        _source = source;
        _carriageReturns = carriageReturns;
    }

    /// <inheritdoc />
    public int Count => _carriageReturns.Length;

    /// <inheritdoc />
    public TextEdit this[int index]
    {
        get
        {
            int at = _carriageReturns[index];
            return new TextEdit(_source.GetSpan(at, at + 1), string.Empty);
        }
    }

    /// <summary>The edits for every carriage return right before a newline in <paramref name="source"/>, or null when there is none.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The edits, or null.</returns>
    public static LineEndingEdits? Of(SourceText source)
    {
        var bytes = source.Bytes.Span;
        var offsets = new List<int>();
        for (int i = bytes.IndexOf("\r\n"u8); i >= 0;)
        {
            offsets.Add(i);
            int next = bytes[(i + 2)..].IndexOf("\r\n"u8);
            i = next < 0 ? -1 : i + 2 + next;
        }

        return offsets.Count == 0 ? null : new LineEndingEdits(source, [.. offsets]);
    }

    /// <inheritdoc />
    public IEnumerator<TextEdit> GetEnumerator()
    {
        for (int i = 0; i < _carriageReturns.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
