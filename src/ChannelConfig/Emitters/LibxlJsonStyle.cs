namespace ChannelConfig.Emitters;

/// <summary>Which JSON library libxl prints with.</summary>
public enum LibxlJsonStyle
{
    /// <summary>yajl (every release up to 4.20): 4-space indent, <c>"key": value</c>, <c>/</c> not escaped, control characters as <c>\u00XX</c> in upper-case hex, a final newline.</summary>
    Yajl,

    /// <summary>json-c (4.21 and later): 2-space indent, <c>"key":value</c>, <c>/</c> escaped as <c>\/</c>, control characters as <c>\u00xx</c> in lower-case hex, no final newline.</summary>
    JsonC,
}
