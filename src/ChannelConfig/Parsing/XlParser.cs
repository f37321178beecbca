using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using ChannelConfig.Syntax;

namespace ChannelConfig.Parsing;

/// <summary>
/// The xl.cfg grammar (libxlu's <c>libxlu_cfg_y.y</c>) as a recursive-descent parser, one method
/// per production. It also replays what xl's Bison parser does on errors: the message it prints,
/// its recovery (<c>stmt: error NEWLINE</c>), its three-token silence after recovery, its abort
/// after a complete value, and its 10,000-entry stack.
/// </summary>
/// <remarks>
/// Like Bison, the parser fetches a lookahead token only when it must decide; a setting is stored
/// before the token after its value is scanned, which is the order in which xl's side effects
/// (errors from <c>+=</c>, the end of string decoding after the first error) happen.
/// </remarks>
internal ref struct XlParser
{
    /// <summary>Bison's <c>YYMAXDEPTH</c>: the parser stack can hold this many states.</summary>
    private const int BisonMaxDepth = 10000;

    // The size of Bison's stack, from libxlu_cfg_y.y: every symbol of a rule's right-hand side
    // holds one entry until the rule is reduced, when they make way for the one entry of the
    // rule's left-hand side. At the top level (over Bison's initial state):
    //     file: stmts | stmts assignment
    //     stmts: %empty | stmts stmt
    // and in a list, counted from the size before its '[' (b in ParseList and SkipDeepList):
    //     value: '[' nlok valuelist ']'
    //     valuelist: %empty | values | values ',' nlok
    //     values: value nlok | values ',' nlok value nlok

    /// <summary>Bison's initial state, alone on the stack.</summary>
    private const int InitialDepth = 1;

    /// <summary>The initial state and <c>stmts</c>: after each statement (<c>stmts: stmts stmt</c>).</summary>
    private const int StmtsDepth = 2;

    /// <summary>The initial state, <c>stmts</c> and an <c>assignment</c> (<c>assignment: IDENT '=' value</c> reduced).</summary>
    private const int AssignmentDepth = 3;

    /// <summary><c>value</c>: a list once <c>value: '[' nlok valuelist ']'</c> is reduced.</summary>
    private const int ListValue = 1;

    /// <summary><c>'[' nlok</c>: the entries under a list's first item.</summary>
    private const int ListFirstItem = 2;

    /// <summary><c>'[' nlok values</c>, or <c>'[' nlok valuelist</c>: the items so far, reduced to one symbol.</summary>
    private const int ListItems = 3;

    /// <summary><c>'[' nlok values ',' nlok</c>: the entries under a later item (<c>values: values ',' nlok value nlok</c>).</summary>
    private const int ListLaterItem = 5;

    private readonly ReadOnlySpan<byte> _src;
    private readonly SyntaxReporter _reporter;
    private readonly XlSettingStore _store;
    private readonly XlSyntaxTable _table;
    private readonly int _maxDepth;
    private XlLexer _lexer;

    private Token _lookahead;
    private bool _hasLookahead;

    // xl's yylloc.first_line and yytext: the last token scanned.
    private int _xenLine;
    private int _xenTextStart;
    private int _xenTextEnd;
    private bool _xenTextAtEnd;

    // Bison's yyerrstatus and stack size.
    private int _errStatus;
    private int _stack;

    // Our own state: an error inside a list puts us in recovery until a statement completes;
    // lists beyond the depth limit are checked but not kept.
    private bool _recoveringList;
    private bool _truncated;

    public XlParser(ReadOnlyMemory<byte> source, SyntaxReporter reporter, XlSettingStore store, XlSyntaxTable table, int maxDepth)
    {
        _src = source.Span;
        _reporter = reporter;
        _store = store;
        _table = table;
        _maxDepth = maxDepth;
        _lexer = new XlLexer(_src, reporter);
        _xenLine = 1;
    }

    private enum Expectation
    {
        Statement,
        Operator,
        Value,
        EndOfStatement,
        NumberSuffix,
        ListEnd,
    }

    private enum ListState
    {
        Open,
        AfterItem,
        AfterComma,
    }

    /// <summary>
    /// <code>
    /// file: stmts
    ///     | stmts assignment
    /// stmts: /* empty */
    ///      | stmts stmt
    /// </code>
    /// The last assignment may end at the end of input without a newline or <c>;</c>.
    /// </summary>
    public void ParseFile()
    {
        _stack = InitialDepth;
        Push(); // stmts: /* empty */
        while (Peek().Kind != TokenKind.End)
        {
            ParseStatement();
        }
    }

    /// <summary>
    /// <code>
    /// stmt: assignment endstmt
    ///     | endstmt
    ///     | error NEWLINE
    /// endstmt: NEWLINE
    ///        | ';'
    /// </code>
    /// </summary>
    private void ParseStatement()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Newline:
            case TokenKind.Semicolon:
                Shift();
                SetStack(StmtsDepth);
                return;
            case TokenKind.Ident:
                ParseAssignment();
                return;
            default:
                SyntaxError(Expectation.Statement, default, ListState.Open);
                return;
        }
    }

    /// <summary>
    /// <code>
    /// assignment: IDENT '=' value
    ///           | IDENT "+=" value
    /// </code>
    /// Stores the setting (libxlu's <c>xlu__cfg_set_store</c>), then expects the end of the statement.
    /// </summary>
    private void ParseAssignment()
    {
        var ident = Peek();
        Shift();
        int hash = _store.Prefetch(ident.Start, ident.End - ident.Start);
        var op = Peek();
        if (op.Kind is not (TokenKind.Assign or TokenKind.AddAssign))
        {
            SyntaxError(Expectation.Operator, ident, ListState.Open);
            return;
        }

        Shift();
        _recoveringList = false; // A new assignment: whatever follows is not a list's continuation.
        _truncated = false;
        int value = ParseValue(0);
        if (value < 0)
        {
            return;
        }

        SetStack(AssignmentDepth);
        if (!_truncated)
        {
            Store(ident, hash, op, value);
        }

        var next = Peek();
        switch (next.Kind)
        {
            case TokenKind.Newline:
            case TokenKind.Semicolon:
                Shift();
                SetStack(StmtsDepth);
                _recoveringList = false;
                return;
            case TokenKind.End:
                _recoveringList = false;
                return;
            default:
                if (next.Kind == TokenKind.Ident && _table.IsNumber(value) && _table.EndOf(value) == next.Start)
                {
                    SyntaxError(Expectation.NumberSuffix, ident, ListState.Open);
                    return;
                }

                SyntaxError(Expectation.EndOfStatement, ident, ListState.Open);
                return;
        }
    }

    /// <summary>
    /// <code>
    /// value: atom
    ///      | '[' nlok valuelist ']'
    /// atom: STRING
    ///     | NUMBER
    /// </code>
    /// </summary>
    /// <returns>The value's record, or -1 after a syntax error (already reported and recovered from).</returns>
    private int ParseValue(int depth)
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.String:
            case TokenKind.Number:
                Shift();
                return MakeString(token);
            case TokenKind.LeftBracket:
                return ParseList(depth + 1);
            default:
                SyntaxError(Expectation.Value, default, ListState.Open);
                return -1;
        }
    }

    /// <summary>
    /// <code>
    /// value: '[' nlok valuelist ']'
    /// valuelist: /* empty */
    ///          | values
    ///          | values ',' nlok
    /// values: value nlok
    ///       | values ',' nlok value nlok
    /// </code>
    /// So: items separated by commas, a trailing comma allowed, newlines (and comments) after
    /// <c>[</c>, after each item and after each comma.
    /// </summary>
    private int ParseList(int depth)
    {
        var open = Peek();
        int b = _stack;
        Shift();
        if (depth > _maxDepth)
        {
            return SkipDeepList(open, depth);
        }

        Push(); // nlok
        ParseNewlines();
        int list = _table.BeginList(open.Start); // its items' records follow it
        var state = ListState.Open;
        while (true)
        {
            var token = Peek();
            bool valueStart = token.Kind is TokenKind.String or TokenKind.Number or TokenKind.LeftBracket;
            if (valueStart && state != ListState.AfterItem)
            {
                if (ParseValue(depth) < 0)
                {
                    _table.TruncateValues(list);
                    return -1;
                }

                Push(); // nlok
                ParseNewlines();
                SetStack(b + ListItems); // values
                state = ListState.AfterItem;
                continue;
            }

            if (token.Kind == TokenKind.Comma && state == ListState.AfterItem)
            {
                Shift();
                Push(); // nlok
                ParseNewlines();
                state = ListState.AfterComma;
                continue;
            }

            if (token.Kind == TokenKind.RightBracket)
            {
                SetStack(b + ListItems); // valuelist
                Shift();
                SetStack(b + ListValue); // value
                _table.EndList(list, token.End);
                return list;
            }

            _table.TruncateValues(list);
            SyntaxError(Expectation.ListEnd, open, state, depth);
            return -1;
        }
    }

    /// <summary>
    /// <code>
    /// nlok: /* empty */
    ///     | nlok NEWLINE
    /// </code>
    /// </summary>
    private void ParseNewlines()
    {
        while (Peek().Kind == TokenKind.Newline)
        {
            Shift();
            SetStack(_stack - 1);
        }
    }

    /// <summary>
    /// The rest of a list nested beyond the depth limit: the same productions as
    /// <see cref="ParseList"/>, iteratively (so no input can exhaust the call stack), keeping
    /// xl's parser stack count but building no values.
    /// </summary>
    private int SkipDeepList(Token open, int depth)
    {
        _truncated = true;
        _reporter.Diagnostics.Add(DiagnosticCatalog.NestingTooDeepAt(SpanOf(open), _maxDepth));

        // One entry per open level below the first: was it a later item (true) or the first (false)?
        var laterItem = new List<bool>();
        int b = _stack - 1; // '[' is shifted
        var state = ListState.Open;
        Push(); // nlok
        ParseNewlines();
        while (true)
        {
            var token = Peek();
            bool valueStart = token.Kind is TokenKind.String or TokenKind.Number or TokenKind.LeftBracket;
            if (valueStart && state != ListState.AfterItem)
            {
                if (token.Kind == TokenKind.LeftBracket)
                {
                    laterItem.Add(state == ListState.AfterComma);
                    b = state == ListState.Open ? b + ListFirstItem : b + ListLaterItem;
                    Shift();
                    Push(); // nlok
                    ParseNewlines();
                    state = ListState.Open;
                    continue;
                }

                Shift();
                Push(); // nlok
                ParseNewlines();
                SetStack(b + ListItems);
                state = ListState.AfterItem;
                continue;
            }

            if (token.Kind == TokenKind.Comma && state == ListState.AfterItem)
            {
                Shift();
                Push();
                ParseNewlines();
                state = ListState.AfterComma;
                continue;
            }

            if (token.Kind == TokenKind.RightBracket)
            {
                SetStack(b + ListItems);
                Shift();
                SetStack(b + ListValue);
                if (laterItem.Count == 0)
                {
                    int skipped = _table.BeginList(open.Start);
                    _table.EndList(skipped, token.End);
                    return skipped;
                }

                bool wasLater = laterItem[^1];
                laterItem.RemoveAt(laterItem.Count - 1);
                b = wasLater ? b - ListLaterItem : b - ListFirstItem;
                Push(); // nlok of the parent's item
                ParseNewlines();
                SetStack(b + ListItems);
                state = ListState.AfterItem;
                continue;
            }

            SyntaxError(Expectation.ListEnd, open, state, depth + laterItem.Count);
            return -1;
        }
    }

    private Token Peek()
    {
        if (!_hasLookahead)
        {
            _lookahead = _lexer.Next();
            _hasLookahead = true;
            _xenTextStart = _lookahead.XenTextStart;
            _xenTextEnd = _lookahead.End;
            _xenTextAtEnd = _lookahead.Kind == TokenKind.End;
            if (_lookahead.Kind != TokenKind.End)
            {
                _xenLine = _lookahead.XenLine;
            }
        }

        return _lookahead;
    }

    /// <summary>Shifts the lookahead: Bison counts it towards leaving error recovery.</summary>
    private void Shift()
    {
        _hasLookahead = false;
        if (_errStatus > 0)
        {
            _errStatus--;
        }

        Push();
    }

    private void Push() => SetStack(_stack + 1);

    private void SetStack(int size)
    {
        _stack = size;
        if (size >= BisonMaxDepth && _reporter.Xen.Active)
        {
            string? xl = _reporter.Xen.YyError(_xenLine, _src[_xenTextStart.._xenTextEnd], _xenTextAtEnd, "memory exhausted");
            _reporter.Xen.Stop();
            var at = _hasLookahead ? SpanOf(_lookahead) : SourceSpan.At(_table.Source.GetPosition(_lookahead.End));
            _reporter.Diagnostics.Add(DiagnosticCatalog.ParserStackExhaustedAt(at, xl));
        }
    }

    private int MakeString(in Token token) => _table.AddString(token.Start);

    /// <summary>libxlu's <c>xlu__cfg_set_store</c>, with its <c>+=</c> error, and our warnings about duplicates.</summary>
    private void Store(in Token ident, int hash, in Token op, int value)
    {
        bool append = op.Kind == TokenKind.AddAssign;
        var outcome = _store.Store(ident.Start, ident.End - ident.Start, hash, op.Start, append, value, out _, out int previousLast);
        if (outcome is StoreOutcome.New or StoreOutcome.Appended)
        {
            return;
        }

        if (outcome == StoreOutcome.Replaced && !_reporter.Diagnostics.KeepsNext)
        {
            _reporter.Diagnostics.Drop(DiagnosticCatalog.DuplicateSetting); // A file can repeat a name a million times: build no message.
            return;
        }

        string name = System.Text.Encoding.ASCII.GetString(_src[ident.Start..ident.End]);
        switch (outcome)
        {
            case StoreOutcome.TypeMismatch:
            {
                string? xl = null;
                if (_reporter.Xen.Active && !_reporter.Xen.Err)
                {
                    xl = _reporter.Xen.LexicalError(_lexer.Line, _src[_xenTextStart.._xenTextEnd], "can't add [list] to \"string\" or vice versa");
                }

                var previous = _table.Setting(previousLast);
                _reporter.Diagnostics.Add(DiagnosticCatalog.AppendTypeMismatchAt(
                    _table.Source.GetSpan(_table.StartOf(value), _table.EndOf(value)),
                    name,
                    addsList: _table.IsList(value),
                    hasList: _table.IsList(previous.Value),
                    _table.Source.GetLine(previous.NameStart),
                    xl));
                break;
            }

            case StoreOutcome.Replaced:
            {
                _reporter.Diagnostics.Add(DiagnosticCatalog.DuplicateSettingAt(_table.NameSpan(previousLast), name, ident.Line));
                break;
            }

            case StoreOutcome.AppendedToNothing:
                _reporter.Diagnostics.Add(DiagnosticCatalog.AppendWithoutValueAt(SpanOf(op), name));
                break;
        }
    }

    /// <summary>
    /// A syntax error at the lookahead: xl's message (unless Bison is still recovering from the
    /// previous error), our diagnostic (unless it is a consequence of an earlier one), then
    /// recovery by <c>stmt: error NEWLINE</c>: skip to the next NEWLINE token.
    /// </summary>
    private void SyntaxError(Expectation expectation, Token context, ListState state, int depth = 0)
    {
        bool suffix = false;
        var token = Peek();
        string? xl = null;
        bool xenReading = _reporter.Xen.Active;
        if (expectation == Expectation.NumberSuffix)
        {
            expectation = Expectation.EndOfStatement;
            suffix = true;
        }

        if (_reporter.Xen.Active && _errStatus == 0)
        {
            xl = _reporter.Xen.YyError(
                _xenLine,
                _src[_xenTextStart.._xenTextEnd],
                _xenTextAtEnd,
                $"syntax error, unexpected {BisonName(token.Kind)}, expecting {BisonExpecting(expectation)}");
        }

        if (expectation == Expectation.EndOfStatement)
        {
            _reporter.Xen.Stop(); // No state on the stack can shift 'error': YYABORT.
        }

        bool consequence = _recoveringList || token.Line == _reporter.LastLexicalErrorLine;
        if (!consequence)
        {
            bool xlStops = expectation == Expectation.EndOfStatement && xenReading;
            _reporter.Diagnostics.Add(suffix
                ? DiagnosticCatalog.NumberWithSuffixAt(SpanOf(token), System.Text.Encoding.ASCII.GetString(_src[token.Start..token.End]), xl, xlStops)
                : Describe(expectation, token, context, state, xlStops, xl));
        }

        if (depth > 0)
        {
            _recoveringList = true;
        }

        Recover();
    }

    /// <summary><c>stmt: error NEWLINE</c>: discard tokens up to and including the next NEWLINE.</summary>
    private void Recover()
    {
        _errStatus = 3;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Newline)
            {
                Shift();
                SetStack(StmtsDepth);
                return;
            }

            if (token.Kind == TokenKind.End)
            {
                _reporter.Xen.Stop();
                return;
            }

            _hasLookahead = false;
        }
    }

    /// <summary>
    /// The comma a list lacks, right after the previous item, when that is certain: only blanks
    /// and newlines lie between the items, and the previous item's line holds no <c>#</c> (so its
    /// last byte is not inside a comment).
    /// </summary>
    private readonly DiagnosticFix? MissingCommaFix(int next)
    {
        int end = next;
        while (end > 0 && _src[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\n')
        {
            end--;
        }

        if (end == 0 || _src[end - 1] is not ((byte)'"' or (byte)'\'' or (byte)']' or (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (byte)'x'))
        {
            return null;
        }

        int lineStart = _src[..end].LastIndexOf((byte)'\n') + 1;
        if (_src[lineStart..end].Contains((byte)'#'))
        {
            return null;
        }

        return new DiagnosticFix("insert `,` after the previous item", [new TextEdit(SourceSpan.At(_reporter.Source.GetPosition(end)), ",")]);
    }

    private readonly Diagnostic Describe(
        Expectation expectation, in Token token, in Token context, ListState state, bool xlStops, string? xl)
    {
        string found = Describe(token);
        var span = SpanOf(token);
        var at = token.Kind is TokenKind.Newline or TokenKind.End ? SourceSpan.At(span.Start) : span;
        string name = context.Kind == TokenKind.Ident ? System.Text.Encoding.ASCII.GetString(_src[context.Start..context.End]) : string.Empty;
        bool atLineEnd = token.Kind is TokenKind.Newline or TokenKind.End;
        return expectation switch
        {
            Expectation.Statement => DiagnosticCatalog.ExpectedStatementAt(at, found, xl),
            Expectation.Operator => DiagnosticCatalog.ExpectedAssignmentAt(at, name, found, atLineEnd, xl,
                context.Kind == TokenKind.Ident && token.Kind is TokenKind.String or TokenKind.Number or TokenKind.LeftBracket
                    ? new DiagnosticFix("insert ` =` after the name", [new TextEdit(SourceSpan.At(_reporter.Source.GetPosition(context.End)), " =")])
                    : null),
            Expectation.Value => DiagnosticCatalog.ExpectedValueAt(at, found, atLineEnd, xl),
            Expectation.EndOfStatement => DiagnosticCatalog.ExpectedEndOfStatementAt(at, found, name, xlStops, xl),
            _ => DescribeListError(token, SpanOf(context).Start, state, found, at, xl),
        };
    }

    private readonly Diagnostic DescribeListError(in Token token, SourcePosition open, ListState state, string found, SourceSpan at, string? xl)
    {
        if (token.Kind == TokenKind.End)
        {
            return DiagnosticCatalog.UnclosedListAt(at, open.Line, open.Column, xl);
        }

        if (token.Kind == TokenKind.Comma && state != ListState.AfterItem)
        {
            return DiagnosticCatalog.EmptyListItemAt(at, atListStart: state == ListState.Open, xl);
        }

        if (state == ListState.AfterItem && token.Kind is TokenKind.String or TokenKind.Number or TokenKind.LeftBracket)
        {
            return DiagnosticCatalog.MissingCommaAt(SourceSpan.At(at.Start), found, xl, MissingCommaFix(at.Start.Offset));
        }

        return DiagnosticCatalog.ExpectedListEndAt(at, found, afterItem: state == ListState.AfterItem, xl);
    }

    private readonly string Describe(in Token token)
    {
        string text = PrintableText.Text(System.Text.Encoding.UTF8.GetString(_src[token.Start..token.End]));
        if (text.Length > 40)
        {
            text = text[..37] + "...";
        }

        return token.Kind switch
        {
            TokenKind.End => "end of file",
            TokenKind.Newline => _src[token.Start] == (byte)'#' ? "comment (end of line)" : "end of line",
            TokenKind.Ident => $"name `{text}`",
            TokenKind.Number => $"number `{text}`",
            TokenKind.String => $"string {text}",
            _ => $"`{text}`",
        };
    }

    private readonly SourceSpan SpanOf(in Token token) => _table.Source.GetSpan(token.Start, token.End);

    /// <summary>Bison's name of a token (<c>%token</c> in libxlu_cfg_y.y, or the quoted character), as its messages print it.</summary>
    internal static string BisonName(TokenKind kind) => kind switch
    {
        TokenKind.End => "$end",
        TokenKind.Ident => "IDENT",
        TokenKind.Number => "NUMBER",
        TokenKind.String => "STRING",
        TokenKind.Newline => "NEWLINE",
        TokenKind.Comma => "','",
        TokenKind.LeftBracket => "'['",
        TokenKind.RightBracket => "']'",
        TokenKind.Assign => "'='",
        TokenKind.AddAssign => "+=",
        _ => "';'",
    };

    private static string BisonExpecting(Expectation expectation) => expectation switch
    {
        Expectation.Statement => "$end or IDENT or NEWLINE or ';'",
        Expectation.Operator => "+= or '='",
        Expectation.Value => "STRING or NUMBER or '['",
        Expectation.EndOfStatement => "$end",
        _ => "']'",
    };
}
