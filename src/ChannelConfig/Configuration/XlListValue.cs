using ChannelConfig.Syntax;

namespace ChannelConfig.Configuration;

/// <summary>A list as <c>xlu_cfg_get_list</c> returns it: its items, with null for each nested list.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <param name="List">The list value.</param>
/// <param name="Items">The string items; null where an item is a nested list (<c>xlu_cfg_get_listitem</c> returns NULL).</param>
public sealed record XlListValue(XlList List, IReadOnlyList<string?> Items)
{
    /// <summary>The list value.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public XlList List
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(List));
    } = List ?? throw new ArgumentNullException(nameof(List));

    /// <summary>The string items; null where an item is a nested list (<c>xlu_cfg_get_listitem</c> returns NULL).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string?> Items
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Items));
    } = Items ?? throw new ArgumentNullException(nameof(Items));

    /// <summary>The number of items, nested lists included.</summary>
    public int Count => Items.Count;
}
