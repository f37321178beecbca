namespace ChannelConfig.Syntax;

/// <summary>
/// One assignment as the reader records it (8 bytes: the name ends where the lexer's name rule
/// ends, and the setting store finds the name's index from its bytes when a setting object is
/// made; the operator, <c>=</c> or <c>+=</c>, is almost always the first byte after the name and
/// the spaces and tabs that follow it, and the table keeps the others, after a lexical error
/// between name and operator, aside).
/// </summary>
/// <param name="NameStart">Offset of the name.</param>
/// <param name="Value">Index of the value's record.</param>
internal readonly record struct SettingRecord(int NameStart, int Value);
