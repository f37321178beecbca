using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>A list value, <c>[ item, item, … ]</c>; items may be strings or lists.</summary>
/// <remarks>Immutable and safe to share between threads (item values are decoded when first asked for, from any thread).</remarks>
public sealed class XlList : XlValue
{
    /// <summary>Creates a list value.</summary>
    /// <param name="items">The items, in order.</param>
    /// <param name="span">Where it is written, from <c>[</c> to <c>]</c>.</param>
    /// <param name="xlLine">The line xl records for it.</param>
    public XlList(IReadOnlyList<XlValue> items, SourceSpan span, int xlLine)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        Span = span;
        XlLine = xlLine;
    }

    /// <inheritdoc />
    public override SourceSpan Span { get; }

    /// <inheritdoc />
    public override int XlLine { get; }

    /// <inheritdoc />
    public override XlValueKind Kind => XlValueKind.List;

    /// <summary>The items, in order.</summary>
    /// <remarks>
    /// For a list read from a file, each item is made from the file when it is asked for and not
    /// kept: asking twice gives two equal values (same span, bytes and form), not one object.
    /// </remarks>
    public IReadOnlyList<XlValue> Items { get; }

    /// <summary>The string at <paramref name="index"/>, as <c>xlu_cfg_get_listitem</c> returns it: null for a nested list or an index out of range.</summary>
    /// <param name="index">Zero-based index.</param>
    /// <returns>The string item, or null.</returns>
    public XlString? GetStringItem(int index) =>
        index >= 0 && index < Items.Count ? Items[index] as XlString : null;
}
