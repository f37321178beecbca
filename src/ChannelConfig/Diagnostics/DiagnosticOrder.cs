namespace ChannelConfig.Diagnostics;

/// <summary>The one order of diagnostics: by where they start, stable among equal starts.</summary>
internal static class DiagnosticOrder
{
    /// <summary>
    /// Orders diagnostics by where they start, keeping the given order among those that start at
    /// the same offset (a stable sort); nothing is done when they are already in order.
    /// </summary>
    /// <param name="diagnostics">The diagnostics, sorted in place.</param>
    public static void SortByPosition(Diagnostic[] diagnostics)
    {
        int i = 1;
        while (i < diagnostics.Length && diagnostics[i - 1].Span.Start.Offset <= diagnostics[i].Span.Start.Offset)
        {
            i++;
        }

        if (i >= diagnostics.Length)
        {
            return;
        }

        // The key holds the offset above the original index, so equal offsets keep their order.
        var keys = new long[diagnostics.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            keys[k] = ((long)diagnostics[k].Span.Start.Offset << 32) | (uint)k;
        }

        Array.Sort(keys, diagnostics);
    }
}
