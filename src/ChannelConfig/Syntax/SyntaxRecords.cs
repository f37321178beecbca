namespace ChannelConfig.Syntax;

/// <summary>
/// One assignment as the reader records it (12 bytes: its operator, <c>=</c> or <c>+=</c>, is
/// almost always the first byte after the name and the spaces and tabs that follow it; the table
/// keeps the others, after a lexical error between name and operator, aside).
/// </summary>
/// <param name="NameStart">Offset of the name.</param>
/// <param name="Value">Index of the value's record.</param>
/// <param name="Name">Index of the name in the setting store.</param>
internal readonly record struct SettingRecord(int NameStart, int Value, int Name);
