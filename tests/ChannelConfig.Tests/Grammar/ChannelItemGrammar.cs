using ChannelConfig.Channels;
using Pidgin;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// xl's split of one channel item into <c>key=value</c> fields (<c>parse_config_data</c> in
/// xl_parse.c) in Pidgin over the item's bytes: the executable specification of
/// <c>ChannelItemSplitter</c>, for Xen 4.18 and later and for 4.17 and earlier.
/// </summary>
/// <remarks>
/// xl splits the item with <c>strtok_r(buf, ",")</c>, so empty fields vanish; each field goes
/// to <c>split_string_into_pair(field, "=", &amp;key, &amp;value)</c>: since 4.18 it splits at the first
/// <c>=</c> and needs something after it; before, it took <c>strtok</c>'s first two
/// <c>=</c>-separated tokens (the value stops at the next <c>=</c>). Both sides are then trimmed
/// with C <c>isspace</c> (xl's <c>trim()</c>), which is a function of the bounds, not grammar.
/// </remarks>
internal static class ChannelItemGrammar
{
    // grammar-begin channel
    private static readonly Parser<byte, byte> Comma = Parser<byte>.Token((byte)',');
    private static readonly Parser<byte, byte> EqualsSign = Parser<byte>.Token((byte)'=');
    private static readonly Parser<byte, byte> FieldByte = Parser<byte>.Token(b => b != (byte)',');
    private static readonly Parser<byte, byte> KeyByte = Parser<byte>.Token(b => b is not ((byte)',' or (byte)'='));
    private static readonly Parser<byte, int> At = Parser<byte>.CurrentOffset;

    /// <summary>A field xl cannot split: <c>[^,]+</c>.</summary>
    private static readonly Parser<byte, ChannelFieldBounds> Plain =
        Parser.Map((start, end) => new ChannelFieldBounds(start, end, false, start, start, end, end), At, FieldByte.SkipAtLeastOnce().Then(At));

    /// <summary>Since 4.18: <c>key: [^=,]*  '='  value: [^,]+</c> (the value keeps any further <c>=</c>).</summary>
    private static readonly Parser<byte, ChannelFieldBounds> PairAtFirstEquals =
        Parser.Map(
            (start, keyEnd, valueStart, end) => new ChannelFieldBounds(start, end, true, start, keyEnd, valueStart, end),
            At,
            KeyByte.SkipMany().Then(At),
            EqualsSign.Then(At),
            FieldByte.SkipAtLeastOnce().Then(At));

    /// <summary>Up to 4.17, strtok on <c>=</c>: <c>'='* key: [^=,]+  '='+  value: [^=,]+  [^,]*</c>.</summary>
    private static readonly Parser<byte, ChannelFieldBounds> PairOfEqualsTokens =
        Parser.Map(
            (start, key, value, end) => new ChannelFieldBounds(start, end, true, key.Start, key.End, value.Start, value.End),
            At,
            EqualsSign.SkipMany().Then(Span(KeyByte)),
            EqualsSign.SkipAtLeastOnce().Then(Span(KeyByte)),
            FieldByte.SkipMany().Then(At));

    /// <summary><c>strtok_r(item, ",")</c>: <c>','* (field ','*)*</c>, each field a pair or plain.</summary>
    private static Parser<byte, IEnumerable<ChannelFieldBounds>> Item(Parser<byte, ChannelFieldBounds> pair) =>
        Comma.SkipMany().Then(Parser.Try(pair).Or(Plain).Before(Comma.SkipMany()).Many()).Before(Parser<byte>.End);

    // grammar-end channel

    private static readonly Parser<byte, IEnumerable<ChannelFieldBounds>> Current = Item(PairAtFirstEquals);
    private static readonly Parser<byte, IEnumerable<ChannelFieldBounds>> UpTo417 = Item(PairOfEqualsTokens);

    /// <summary>The fields of <paramref name="item"/>, their keys and values trimmed.</summary>
    /// <param name="item">The item's bytes (a C string: no NUL).</param>
    /// <param name="splitsAtNextEquals">Xen 4.17 or earlier (<see cref="XenVersion.SplitsValueAtNextEquals"/>).</param>
    /// <returns>The fields, as <see cref="ChannelItemSplitter"/> reports them.</returns>
    public static IReadOnlyList<ChannelFieldBounds> Split(byte[] item, bool splitsAtNextEquals) =>
        (splitsAtNextEquals ? UpTo417 : Current).ParseOrThrow(item).Select(field => Trim(item, field)).ToList();

    /// <summary>A non-empty run of <paramref name="content"/> bytes, as its bounds.</summary>
    private static Parser<byte, (int Start, int End)> Span(Parser<byte, byte> content) =>
        Parser.Map((start, end) => (start, end), At, content.SkipAtLeastOnce().Then(At));

    /// <summary>xl's <c>trim()</c> of key and value: C <c>isspace</c> (space, <c>\t \n \v \f \r</c>) off both ends.</summary>
    private static ChannelFieldBounds Trim(byte[] item, ChannelFieldBounds field)
    {
        if (!field.IsPair)
        {
            return field;
        }

        var (keyStart, keyEnd) = Trim(item, field.KeyStart, field.KeyEnd);
        var (valueStart, valueEnd) = Trim(item, field.ValueStart, field.ValueEnd);
        return field with { KeyStart = keyStart, KeyEnd = keyEnd, ValueStart = valueStart, ValueEnd = valueEnd };
    }

    private static (int Start, int End) Trim(byte[] item, int start, int end)
    {
        while (start < end && IsCSpace(item[start]))
        {
            start++;
        }

        while (end > start && IsCSpace(item[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsCSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';
}
