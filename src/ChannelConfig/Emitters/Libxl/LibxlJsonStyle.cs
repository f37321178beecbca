namespace ChannelConfig.Emitters.Libxl;

/// <summary>Which JSON library libxl prints with.</summary>
public enum LibxlJsonStyle
{
    /// <summary>yajl (every release up to 4.20): 4-space indent, <c>"key": value</c>, <c>/</c> not escaped, a final newline.</summary>
    Yajl,

    /// <summary>json-c (4.21 and later): 2-space indent, <c>"key":value</c>, <c>/</c> escaped as <c>\/</c>, no final newline.</summary>
    JsonC,
}
