namespace ChannelConfig.Parsing;

/// <summary>The tokens of xl.cfg, as libxlu's flex scanner returns them.</summary>
internal enum TokenKind : byte
{
    /// <summary>End of input (<c>$end</c>).</summary>
    End,

    /// <summary><c>[a-z][._0-9a-z]*</c> (<c>IDENT</c>).</summary>
    Ident,

    /// <summary><c>[0-9][0-9a-fx]*</c>, kept as text (<c>NUMBER</c>).</summary>
    Number,

    /// <summary>A single- or double-quoted string (<c>STRING</c>).</summary>
    String,

    /// <summary><c>\n</c>, or a comment including its <c>\n</c> (<c>NEWLINE</c>).</summary>
    Newline,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>=</c></summary>
    Assign,

    /// <summary><c>+=</c> (<c>OP_ADD</c>, since Xen 4.13).</summary>
    AddAssign,

    /// <summary><c>;</c></summary>
    Semicolon,
}
