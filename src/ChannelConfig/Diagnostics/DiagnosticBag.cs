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

    /// <summary>
    /// Adds <paramref name="diagnostic"/> as <see cref="Add"/> does, and returns where it is stored, for
    /// <see cref="Replace"/>; or -1 when it is not stored (the list was full: it was only counted, or
    /// the too-many note stands in its place).
    /// </summary>
    public int AddReplaceable(Diagnostic diagnostic)
    {
        int index = _items.Count < _limit ? _items.Count : -1;
        Add(diagnostic);
        return index;
    }

    /// <summary>
    /// Replaces the diagnostic at <paramref name="index"/>, as returned by <see cref="AddReplaceable"/>
    /// (used to complete a message once more is known), with one of the same rule and severity, so
    /// that the count of errors stays right.
    /// </summary>
    public void Replace(int index, Diagnostic diagnostic)
    {
        var stored = _items[index];
        if (stored.Descriptor != diagnostic.Descriptor || stored.Severity != diagnostic.Severity)
        {
            throw new InvalidOperationException($"Replacing {stored.Code} at {index} with {diagnostic.Code}: only a diagnostic's own completion may replace it.");
        }

        _items[index] = diagnostic;
    }

    /// <summary>Returns the diagnostics ordered by position (stable for equal positions).</summary>
    public Diagnostic[] ToSortedArray()
    {
        var array = _items.ToArray();
        DiagnosticOrder.SortByPosition(array);
        return array;
    }
}
