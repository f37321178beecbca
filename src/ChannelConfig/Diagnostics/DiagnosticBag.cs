namespace ChannelConfig.Diagnostics;

/// <summary>
/// Collects diagnostics in the order they are found, up to a limit, after which one
/// <see cref="DiagnosticCatalog.TooManyDiagnostics"/> entry is added and the rest are counted only.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly int _limit;

    public DiagnosticBag(int limit) => _limit = Math.Max(1, limit);

    public int ErrorCount { get; private set; }

    public int DroppedCount { get; private set; }

    public int Count => _items.Count;

    /// <summary>
    /// Whether the next diagnostic would be kept (or would be the one that says the list is
    /// full): when false, callers can skip building its message and span and call <see cref="Drop"/>.
    /// </summary>
    public bool KeepsNext => _items.Count < _limit || DroppedCount == 0;

    /// <summary>Counts a diagnostic that would not be kept, without building it.</summary>
    /// <param name="descriptor">What it would have been.</param>
    public void Drop(DiagnosticDescriptor descriptor)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        DroppedCount++;
    }

    /// <summary>True once the limit is reached: further diagnostics are only counted, so callers may skip composing them.</summary>
    public bool IsFull => _items.Count > _limit;

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        if (_items.Count < _limit)
        {
            _items.Add(diagnostic);
            return;
        }

        if (DroppedCount++ == 0)
        {
            _items.Add(DiagnosticCatalog.TooManyDiagnosticsAt(diagnostic.Span, _limit));
        }
    }

    /// <summary>Replaces the diagnostic at <paramref name="index"/> (used to complete a message once more is known).</summary>
    public void Replace(int index, Diagnostic diagnostic) => _items[index] = diagnostic;

    /// <summary>Returns the diagnostics ordered by position (stable for equal positions).</summary>
    public Diagnostic[] ToSortedArray()
    {
        var array = _items.ToArray();
        DiagnosticOrder.SortByPosition(array);
        return array;
    }
}
