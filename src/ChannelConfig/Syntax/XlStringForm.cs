namespace ChannelConfig.Syntax;

/// <summary>How a string value is written in the file.</summary>
public enum XlStringForm
{
    /// <summary>A bare number token, <c>[0-9][0-9a-fx]*</c>.</summary>
    Number,

    /// <summary>In double quotes.</summary>
    DoubleQuoted,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>Made by <c>+=</c> from two strings; it is written nowhere as a whole.</summary>
    Concatenated,
}
