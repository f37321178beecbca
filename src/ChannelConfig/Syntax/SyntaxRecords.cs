namespace ChannelConfig.Syntax;

/// <summary>
/// One value as the reader records it: byte offsets only, in document order (a list's items,
/// and their items, follow the list's own record). Objects are made from it on demand. Its
/// first byte tells its kind and form (12 bytes: no field for them): <c>[</c> a list,
/// <c>"</c> or <c>'</c> a quoted string, a digit a number.
/// </summary>
/// <param name="Start">Offset of the value's first byte (a quote, a digit or <c>[</c>).</param>
/// <param name="End">Offset just after the value.</param>
/// <param name="Aux">For a list, how many records its items take (all levels); for a string, the index of its decoded bytes, or -1 when it has no escapes.</param>
internal readonly record struct ValueRecord(int Start, int End, int Aux);

/// <summary>
/// One assignment as the reader records it (12 bytes: its operator, <c>=</c> or <c>+=</c>, is
/// almost always the first byte after the name and the spaces and tabs that follow it; the table
/// keeps the others, after a lexical error between name and operator, aside).
/// </summary>
/// <param name="NameStart">Offset of the name.</param>
/// <param name="Value">Index of the value's record.</param>
/// <param name="Name">Index of the name in the setting store.</param>
internal readonly record struct SettingRecord(int NameStart, int Value, int Name);
