namespace ChannelConfig.Channels;

/// <summary>
/// Where one comma-separated field of a channel item lies, as byte offsets into the item's
/// decoded value: the whole field (untrimmed) and, when it splits into a pair, its trimmed key
/// and trimmed value.
/// </summary>
/// <param name="Start">The field's first byte.</param>
/// <param name="End">The byte after the field.</param>
/// <param name="IsPair">False when xl cannot split the field into <c>key=value</c> (it stops there).</param>
/// <param name="KeyStart">The trimmed key's first byte.</param>
/// <param name="KeyEnd">The byte after the trimmed key.</param>
/// <param name="ValueStart">The trimmed value's first byte.</param>
/// <param name="ValueEnd">The byte after the trimmed value.</param>
internal readonly record struct ChannelFieldBounds(int Start, int End, bool IsPair, int KeyStart, int KeyEnd, int ValueStart, int ValueEnd);
