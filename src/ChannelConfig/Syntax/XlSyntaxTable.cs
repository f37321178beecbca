using ChannelConfig.Syntax.Storage;
using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>
/// Every assignment and value of a file as flat records of byte offsets (the way
/// <c>System.Text.Json.JsonDocument</c> keeps a document): reading allocates a few arrays
/// instead of an object per value, and the <see cref="XlSetting"/> and <see cref="XlValue"/>
/// objects, with their line and column spans, are made when first asked for.
/// </summary>
/// <remarks>
/// <para>Values are recorded in document order as offsets in one array of integers (a list's
/// items, and their items, follow the list), and the first byte of a value in the file tells its
/// kind: <c>[</c> a list, a quote a quoted string, a digit a number. A string or a number takes
/// one integer, its start: its end and its escapes are those of the lexer's rule, found again
/// from the start when the value is made. A list takes three: its start, the offset after its
/// <c>]</c> and how many integers its items take (at all levels).</para>
/// <para>Filled by one parser; afterwards only read. The objects of settings and their values are
/// cached so that each has one identity; a list's items are made each time they are asked for and
/// never kept (<see cref="RecordedItems"/>), so a reading of a million channel items holds no
/// object per item. Making either is safe from any number of threads.</para>
/// </remarks>
internal sealed class XlSyntaxTable
{
    private readonly SourceText _source;
    private readonly XlSettingStore _names;
    /// <summary>How many integers a list's record takes: its start, its end and its items' size.</summary>
    private const int ListRecordLength = 3;

    private RecordBuffer<int> _values;
    private RecordBuffer<SettingRecord> _settings;
    private Dictionary<int, int>? _farOperators;
    private XlSetting?[]? _settingObjects;
    private XlValue?[]? _settingValues;

    /// <summary>Creates an empty table.</summary>
    /// <param name="source">The file.</param>
    /// <param name="names">The store that names the settings.</param>
    /// <param name="expectedSettings">A first guess of the number of settings (the arrays grow as needed).</param>
    public XlSyntaxTable(SourceText source, XlSettingStore names, int expectedSettings)
    {
        _source = source;
        _names = names;
        _values = new RecordBuffer<int>(2 * expectedSettings);
        _settings = new RecordBuffer<SettingRecord>(expectedSettings);
    }

    /// <summary>The file the records point into.</summary>
    public SourceText Source => _source;

    /// <summary>How many settings there are.</summary>
    public int SettingCount => _settings.Count;

    /// <summary>A setting record.</summary>
    public ref readonly SettingRecord Setting(int index) => ref _settings[index];

    /// <summary>The kind of a recorded value.</summary>
    public XlValueKind KindOf(int value) => IsList(value) ? XlValueKind.List : XlValueKind.String;

    /// <summary>Whether a recorded value is a list (its first byte is <c>[</c>).</summary>
    public bool IsList(int value) => _source.Bytes.Span[_values[value]] == (byte)'[';

    /// <summary>Whether a recorded value is a number (its first byte is a digit).</summary>
    public bool IsNumber(int value) => FormOf(_values[value]) == XlStringForm.Number && !IsList(value);

    /// <summary>Where a recorded value starts (a quote, a digit or <c>[</c>).</summary>
    public int StartOf(int value) => _values[value];

    /// <summary>Where a recorded value ends: after its <c>]</c>, its closing quote or its last digit.</summary>
    public int EndOf(int value) => IsList(value) ? _values[value + 1] : StringEnd(_values[value], out _);

    /// <summary>How a string that starts at <paramref name="start"/> is written, from its first byte.</summary>
    private XlStringForm FormOf(int start) => _source.Bytes.Span[start] switch
    {
        (byte)'"' => XlStringForm.DoubleQuoted,
        (byte)'\'' => XlStringForm.SingleQuoted,
        _ => XlStringForm.Number,
    };

    /// <summary>The end of the string or number at <paramref name="start"/>, by the lexer's own rules.</summary>
    private int StringEnd(int start, out bool hasEscapes)
    {
        var bytes = _source.Bytes.Span;
        if (FormOf(start) == XlStringForm.Number)
        {
            hasEscapes = false;
            return CharClass.NumberEnd(bytes, start);
        }

        int end = CharClass.StringEnd(bytes, start, out hasEscapes, out _);
        System.Diagnostics.Debug.Assert(end > start, "Only strings the lexer matched are recorded.");
        return end;
    }

    /// <summary>How many integers a value takes, itself and (for a list) its items at all levels.</summary>
    private int SizeOf(int value) => IsList(value) ? ListRecordLength + _values[value + 2] : 1;

    /// <summary>Records a string (quoted or a number): its start, the lexer's rule gives the rest.</summary>
    /// <param name="start">Offset of the token.</param>
    /// <returns>The value's index.</returns>
    public int AddString(int start) => _values.Add(start);

    /// <summary>Records the start of a list; its items follow, then <see cref="EndList"/>.</summary>
    /// <param name="start">Offset of <c>[</c>.</param>
    /// <returns>The value's index.</returns>
    public int BeginList(int start)
    {
        int list = _values.Add(start);
        _values.Add(start + 1);
        _values.Add(0);
        return list;
    }

    /// <summary>Completes a list whose items were recorded after it.</summary>
    /// <param name="list">The list's index.</param>
    /// <param name="end">Offset after <c>]</c>.</param>
    public void EndList(int list, int end)
    {
        _values[list + 1] = end;
        _values[list + 2] = _values.Count - list - ListRecordLength;
    }

    /// <summary>Forgets the values recorded from <paramref name="count"/> on (a list that turned out to be a syntax error).</summary>
    /// <param name="count">How many integers to keep.</param>
    public void TruncateValues(int count) => _values.Truncate(count);

    /// <summary>Records an assignment.</summary>
    /// <param name="nameStart">Offset of the name.</param>
    /// <param name="nameEnd">Offset after the name.</param>
    /// <param name="operatorStart">Offset of the operator: after the name and blanks, unless an error run of the lexer is between them.</param>
    /// <param name="value">The value's record.</param>
    /// <returns>The setting's index.</returns>
    public int AddSetting(int nameStart, int nameEnd, int operatorStart, int value)
    {
        int setting = _settings.Add(new SettingRecord(nameStart, value));
        if (operatorStart != AfterBlanks(nameEnd))
        {
            (_farOperators ??= [])[setting] = operatorStart;
        }

        return setting;
    }

    private int AfterBlanks(int offset)
    {
        var bytes = _source.Bytes.Span;
        while (offset < bytes.Length && bytes[offset] is (byte)' ' or (byte)'\t')
        {
            offset++;
        }

        return offset;
    }

    /// <summary>Ends the reading: the records move to arrays of their exact size.</summary>
    public void Seal()
    {
        _values.Seal();
        _settings.Seal();
    }

    /// <summary>Where a setting's name ends: where the lexer's name rule ends.</summary>
    private int NameEnd(in SettingRecord record) => CharClass.NameEnd(_source.Bytes.Span, record.NameStart);

    /// <summary>Where a setting's name is written.</summary>
    public SourceSpan NameSpan(int setting)
    {
        ref readonly var record = ref _settings[setting];
        return _source.GetSpan(record.NameStart, NameEnd(record));
    }

    /// <summary>The setting object for a record, made on first use.</summary>
    public XlSetting GetSetting(int index) =>
        LazySlots.Get(ref _settingObjects, _settings.Count, index, this, static (table, i) => table.MakeSetting(i));

    /// <summary>The object for a setting's value, made on first use (one slot per setting, not per value record).</summary>
    public XlValue GetSettingValue(int setting) =>
        LazySlots.Get(ref _settingValues, _settings.Count, setting, this, static (table, i) => table.MakeValue(table._settings[i].Value));

    /// <summary>A setting made anew with its value made anew, neither kept: a walk over every setting of a file (a dump) keeps nothing.</summary>
    /// <param name="index">The setting.</param>
    /// <returns>The setting, equal to <see cref="GetSetting"/>'s but not the same object.</returns>
    public XlSetting MakeSettingAnew(int index) => MakeSetting(index, MakeValue(_settings[index].Value));

    private XlSetting MakeSetting(int index) => MakeSetting(index, GetSettingValue(index));

    private XlSetting MakeSetting(int index, XlValue value)
    {
        ref readonly var record = ref _settings[index];
        var bytes = _source.Bytes.Span;
        if (_farOperators is null || !_farOperators.TryGetValue(index, out int op))
        {
            op = AfterBlanks(NameEnd(record));
        }

        bool append = bytes[op] == (byte)'+';
        return new XlSetting(
            _names.NameOf(_names.NameAt(record.NameStart)),
            NameSpan(index),
            append ? AssignmentOperator.Append : AssignmentOperator.Assign,
            _source.GetSpan(op, op + (append ? 2 : 1)),
            value);
    }

    private XlValue MakeValue(int index)
    {
        int start = _values[index];
        if (!IsList(index))
        {
            var bytes = StringBytes(start, out var form, out int end);
            var span = _source.GetSpan(start, end);
            return new XlString(bytes, span, span.Start.Line, form);
        }

        int listEnd = _values[index + 1];
        var items = RecordedItems.Of(this, [index]);

        // xl's line for a list: its first item's first token, or its ']' when it is empty.
        int xlLine = _source.GetLine(items.Count > 0 ? _values[items.RecordOf(0)] : listEnd - 1);
        return new XlList(items, _source.GetSpan(start, listEnd), xlLine);
    }

    /// <summary>The bytes of the string recorded at <paramref name="record"/> (escapes decoded), without making its object; null for a list.</summary>
    /// <param name="record">A value record.</param>
    /// <returns>The bytes, as <see cref="XlString.Bytes"/> holds them, or null.</returns>
    public ReadOnlyMemory<byte>? StringBytesAt(int record) => IsList(record) ? null : StringBytes(_values[record], out _, out _);

    /// <summary>The bytes of the string or number that starts at <paramref name="start"/>, its form and where it ends.</summary>
    private ReadOnlyMemory<byte> StringBytes(int start, out XlStringForm form, out int end)
    {
        form = FormOf(start);
        end = StringEnd(start, out bool hasEscapes);
        return form == XlStringForm.Number
            ? _source.Bytes[start..end]
            : hasEscapes
                ? StringDecoder.Decode(_source.Bytes.Span[(start + 1)..(end - 1)])
                : _source.Bytes[(start + 1)..(end - 1)];
    }

    /// <summary>The value recorded at <paramref name="record"/>, made anew (items are not kept: see <see cref="RecordedItems"/>).</summary>
    /// <param name="record">A value record: a setting's value or a list item.</param>
    /// <returns>The value.</returns>
    public XlValue ValueAt(int record) => MakeValue(record);

    /// <summary>
    /// The value records of the items of the list recorded at <paramref name="list"/>: the first
    /// and how many, and whether they are consecutive (no item is a list); each is added to
    /// <paramref name="records"/> when it is given.
    /// </summary>
    /// <param name="list">The list's value record.</param>
    /// <param name="records">Where to add the items' records, or null.</param>
    /// <returns>The first item's record, the number of items, and whether the records are consecutive.</returns>
    public (int First, int Count, bool Consecutive) ItemRecords(int list, List<int>? records)
    {
        int first = list + ListRecordLength;
        int last = first + _values[list + 2];
        int count = 0;
        for (int item = first; item < last; item += SizeOf(item))
        {
            records?.Add(item);
            count++;
        }

        return (first, count, count == last - first);
    }
}
