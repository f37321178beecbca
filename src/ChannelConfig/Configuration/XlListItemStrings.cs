using System.Collections;
using ChannelConfig.Syntax;

namespace ChannelConfig.Configuration;

/// <summary>
/// The items of a list as <c>xlu_cfg_get_listitem</c> returns them: each string item as the C
/// string xl uses (up to its first NUL byte), null for a nested list. An item's text is decoded
/// each time it is read, so a list of a million items keeps no second copy of them.
/// </summary>
internal sealed class XlListItemStrings : IReadOnlyList<string?>
{
    private readonly XlList _list;

    public XlListItemStrings(XlList list) => _list = list;

    public int Count => _list.Items.Count;

    public string? this[int index] => _list.Items[index] is XlString s ? XlLookups.CString(s) : null;

    public IEnumerator<string?> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
