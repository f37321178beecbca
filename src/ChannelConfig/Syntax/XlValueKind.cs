namespace ChannelConfig.Syntax;

/// <summary>The two kinds of value libxlu stores (<c>XLU_STRING</c> and <c>XLU_LIST</c>).</summary>
public enum XlValueKind
{
    /// <summary>A string; bare numbers are strings too, kept as written.</summary>
    String,

    /// <summary>A list of values, possibly nested.</summary>
    List,
}
