using ChannelConfig.Text;

namespace ChannelConfig.Syntax;

/// <summary>
/// Every assignment and value of a file as flat records of byte offsets (the way
/// <c>System.Text.Json.JsonDocument</c> keeps a document): reading allocates a few arrays
/// instead of an object per value, and the <see cref="XlSetting"/> and <see cref="XlValue"/>
/// objects, with their line and column spans, are made when first asked for.
/// </summary>
/// <remarks>
/// Filled by one parser; afterwards only read. Objects made on demand are cached so that each
/// setting and value has one identity, and making them is safe from any number of threads.
/// </remarks>
internal sealed class XlSyntaxTable
{
    private readonly SourceText _source;
    private readonly XlSettingStore _names;
    private RecordBuffer<ValueRecord> _values;
    private RecordBuffer<SettingRecord> _settings;
    private List<byte[]>? _decoded;
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
        _values = new RecordBuffer<ValueRecord>(expectedSettings + (expectedSettings * 3 / 4));
        _settings = new RecordBuffer<SettingRecord>(expectedSettings);
    }

    /// <summary>The file the records point into.</summary>
    public SourceText Source => _source;

    /// <summary>How many value records there are (the index the next one gets).</summary>
    public int ValueCount => _values.Count;

    /// <summary>How many settings there are.</summary>
    public int SettingCount => _settings.Count;

    /// <summary>A value record.</summary>
    public ref readonly ValueRecord Value(int index) => ref _values[index];

    /// <summary>A setting record.</summary>
    public ref readonly SettingRecord Setting(int index) => ref _settings[index];

    /// <summary>The kind of a recorded value.</summary>
    public XlValueKind KindOf(int value) => IsList(_values[value]) ? XlValueKind.List : XlValueKind.String;

    /// <summary>Whether a record is a list (its first byte is <c>[</c>).</summary>
    public bool IsList(in ValueRecord record) => _source.Bytes.Span[record.Start] == (byte)'[';

    /// <summary>How a recorded string is written, from its first byte.</summary>
    public XlStringForm FormOf(in ValueRecord record) => _source.Bytes.Span[record.Start] switch
    {
        (byte)'"' => XlStringForm.DoubleQuoted,
        (byte)'\'' => XlStringForm.SingleQuoted,
        _ => XlStringForm.Number,
    };

    /// <summary>How many records a value takes, itself and (for a list) its items at all levels.</summary>
    private int SizeOf(int value) => IsList(_values[value]) ? 1 + _values[value].Aux : 1;

    /// <summary>Records a string (quoted or a number).</summary>
    /// <param name="start">Offset of the token.</param>
    /// <param name="end">Offset after the token.</param>
    /// <param name="decoded">The decoded bytes when the string has escapes; otherwise null (the bytes between the quotes are the value).</param>
    /// <returns>The record's index.</returns>
    public int AddString(int start, int end, byte[]? decoded)
    {
        int aux = -1;
        if (decoded is not null)
        {
            _decoded ??= [];
            aux = _decoded.Count;
            _decoded.Add(decoded);
        }

        return _values.Add(new ValueRecord(start, end, aux));
    }

    /// <summary>Records the start of a list; its items follow, then <see cref="EndList"/>.</summary>
    /// <param name="start">Offset of <c>[</c>.</param>
    /// <returns>The record's index.</returns>
    public int BeginList(int start) => _values.Add(new ValueRecord(start, start + 1, 0));

    /// <summary>Completes a list whose items were recorded after it.</summary>
    /// <param name="list">The list's record.</param>
    /// <param name="end">Offset after <c>]</c>.</param>
    public void EndList(int list, int end) =>
        _values[list] = _values[list] with { End = end, Aux = _values.Count - list - 1 };

    /// <summary>Forgets the values recorded from <paramref name="count"/> on (a list that turned out to be a syntax error).</summary>
    /// <param name="count">How many records to keep.</param>
    public void TruncateValues(int count) => _values.Truncate(count);

    /// <summary>Records an assignment.</summary>
    /// <param name="nameStart">Offset of the name.</param>
    /// <param name="nameEnd">Offset after the name.</param>
    /// <param name="operatorStart">Offset of the operator: after the name and blanks, unless an error run of the lexer is between them.</param>
    /// <param name="value">The value's record.</param>
    /// <param name="name">The name's index in the store.</param>
    /// <returns>The setting's index.</returns>
    public int AddSetting(int nameStart, int nameEnd, int operatorStart, int value, int name)
    {
        int setting = _settings.Add(new SettingRecord(nameStart, value, name));
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

    /// <summary>Where a setting's name is written.</summary>
    public SourceSpan NameSpan(int setting)
    {
        ref readonly var record = ref _settings[setting];
        return _source.GetSpan(record.NameStart, record.NameStart + _names.NameLength(record.Name));
    }

    /// <summary>The setting object for a record, made on first use.</summary>
    public XlSetting GetSetting(int index) =>
        LazySlots.Get(ref _settingObjects, _settings.Count, index, this, static (table, i) => table.MakeSetting(i));

    /// <summary>The object for a setting's value, made on first use (one slot per setting, not per value record).</summary>
    public XlValue GetSettingValue(int setting) =>
        LazySlots.Get(ref _settingValues, _settings.Count, setting, this, static (table, i) => table.MakeValue(table._settings[i].Value));

    private XlSetting MakeSetting(int index)
    {
        ref readonly var record = ref _settings[index];
        var bytes = _source.Bytes.Span;
        if (_farOperators is null || !_farOperators.TryGetValue(index, out int op))
        {
            op = AfterBlanks(record.NameStart + _names.NameLength(record.Name));
        }

        bool append = bytes[op] == (byte)'+';
        return new XlSetting(
            _names.NameOf(record.Name),
            NameSpan(index),
            append ? AssignmentOperator.Append : AssignmentOperator.Assign,
            _source.GetSpan(op, op + (append ? 2 : 1)),
            GetSettingValue(index));
    }

    private XlValue MakeValue(int index)
    {
        var record = _values[index];
        if (!IsList(record))
        {
            var form = FormOf(record);
            ReadOnlyMemory<byte> bytes = record.Aux >= 0
                ? _decoded![record.Aux]
                : form == XlStringForm.Number
                    ? _source.Bytes[record.Start..record.End]
                    : _source.Bytes[(record.Start + 1)..(record.End - 1)];
            var span = _source.GetSpan(record.Start, record.End);
            return new XlString(bytes, span, span.Start.Line, form);
        }

        var items = new List<XlValue>();
        int end = index + 1 + record.Aux;
        for (int item = index + 1; item < end; item += SizeOf(item))
        {
            items.Add(MakeValue(item));
        }

        // xl's line for a list: its first item's first token, or its ']' when it is empty.
        int xlLine = items.Count > 0 ? items[0].Span.Start.Line : _source.GetLine(record.End - 1);
        return new XlList(items.ToArray(), _source.GetSpan(record.Start, record.End), xlLine);
    }
}
