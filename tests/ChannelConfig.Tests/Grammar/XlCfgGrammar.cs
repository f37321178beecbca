using ChannelConfig.Configuration;
using ChannelConfig.Parsing;
using Pidgin;
using LexToken = ChannelConfig.Parsing.Token;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// The xl.cfg statement grammar (Xen's <c>tools/libs/util/libxlu_cfg_y.y</c>) in Pidgin, over the
/// tokens of the project's <see cref="XlLexer"/>: an executable specification that the
/// hand-written <c>XlParser</c> is checked against. One member per Bison production, each quoting it.
/// </summary>
/// <remarks>
/// <para>What is grammar and what lives beside it. Bison's <c>stmt: error NEWLINE</c> is a
/// combinator here (<see cref="Statement"/>'s <c>RecoverWith</c>): when a statement fails, the
/// tokens from the failing one up to and including the next NEWLINE are discarded, exactly where
/// Bison resumes, because Pidgin leaves the input at the failing token (only the one-token
/// lookahead after <c>','</c> is backtracked, as LALR(1) decides there). The grammar marks a
/// recovery that follows a complete assignment (<see cref="GrammarStatement.AfterCompleteValue"/>),
/// where xl's parser aborts instead. The rest of Bison's error replay is state that no
/// production can hold: <c>yyerrstatus</c> (no message for the three tokens after a recovery),
/// the parser stack count (<c>YYMAXDEPTH</c>, "memory exhausted"), <c>yylloc</c>/<c>yytext</c>
/// of the last token scanned for the message, and the side effects of storing a setting
/// (<c>+=</c> errors, duplicates). The reader keeps those beside its productions; this grammar
/// leaves them out, and the differential tests compare only what it derives: the statements,
/// their settings and values, and which statements end by recovery.</para>
/// <para>Depth guard: the productions are built once per nesting level up to
/// <see cref="MaxDepth"/> (the reader's default <see cref="XlReaderOptions.MaxDepth"/>); a list
/// opened deeper fails its statement, whose recovery then consumes the rest of the input, so no
/// input can take the combinators' recursion near the stack's end. The reader keeps checking
/// such lists as xl does (and reports Bison's "memory exhausted" past about 5,000 levels); the
/// differential tests treat such files as not modelled.</para>
/// </remarks>
internal static class XlCfgGrammar
{
    /// <summary>The deepest list the grammar derives: the reader's default depth limit.</summary>
    public static readonly int MaxDepth = XlReaderOptions.Default.MaxDepth;

    /// <summary>The failure of a list nested beyond <see cref="MaxDepth"/>.</summary>
    private const string TooDeepMessage = "lists nested deeper than the grammar's depth limit";

    // grammar-begin
    /// <summary><c>nlok: /* nothing */ | nlok NEWLINE</c></summary>
    private static readonly Parser<LexToken, Unit> Nlok = Kind(TokenKind.Newline).SkipMany();

    /// <summary><c>endstmt: NEWLINE | ';'</c></summary>
    private static readonly Parser<LexToken, LexToken> EndStmt = Kind(TokenKind.Newline).Or(Kind(TokenKind.Semicolon));

    /// <summary><c>atom: STRING | NUMBER</c></summary>
    private static readonly Parser<LexToken, GrammarValue> Atom =
        Kind(TokenKind.String).Or(Kind(TokenKind.Number)).Select(GrammarValue (t) => new GrammarAtom(t));

    /// <summary>The tokens that start a value: <c>STRING NUMBER '['</c> (the one-token lookahead after <c>','</c>).</summary>
    private static readonly Parser<LexToken, LexToken> ValueStart =
        Parser<LexToken>.Token(t => t.Kind is TokenKind.String or TokenKind.Number or TokenKind.LeftBracket);

    /// <summary>
    /// The depth guard: a list opened beyond <see cref="MaxDepth"/> fails with
    /// <see cref="TooDeepMessage"/>, which no alternative catches (the <c>[</c> is consumed), up to
    /// <see cref="Statement"/>'s recovery, which ends the derivation there.
    /// </summary>
    private static readonly Parser<LexToken, GrammarValue> TooDeep =
        Kind(TokenKind.LeftBracket).Then(Parser<LexToken>.Fail<GrammarValue>(TooDeepMessage));

    /// <summary>
    /// <c>value: atom | '[' nlok valuelist ']'</c>, one parser per nesting level: <c>Values[d]</c>
    /// is a value at depth <c>d</c> (the setting's value is at depth 0), whose list opens level <c>d + 1</c>.
    /// </summary>
    private static readonly Parser<LexToken, GrammarValue>[] Values = BuildValues();

    /// <summary><c>assignment: IDENT '=' value | IDENT "+=" value</c></summary>
    private static readonly Parser<LexToken, GrammarAssignment> Assignment =
        Parser.Map(
            (name, op, value) => new GrammarAssignment(name, op, value),
            Kind(TokenKind.Ident),
            Kind(TokenKind.Assign).Or(Kind(TokenKind.AddAssign)),
            Values[0]);

    /// <summary>
    /// <c>stmt: error NEWLINE</c>: from the token that failed, discard tokens up to and including
    /// the next NEWLINE (or to the end of input, where Bison gives up).
    /// </summary>
    private static readonly Parser<LexToken, Unit> ErrorNewline =
        Parser<LexToken>.Token(t => t.Kind != TokenKind.Newline).SkipMany()
            .Then(Kind(TokenKind.Newline).IgnoreResult().Or(Parser<LexToken>.End));

    /// <summary>
    /// <code>
    /// stmt: assignment endstmt
    ///     | endstmt
    ///     | error NEWLINE
    /// file: stmts | stmts assignment      (the last assignment may end at the end of input)
    /// </code>
    /// </summary>
    private static readonly Parser<LexToken, GrammarStatement> Statement =
        Assignment.Then(
                EndStmt.IgnoreResult().Or(Parser<LexToken>.End).ThenReturn(-1)
                    .Or(Parser<LexToken>.CurrentOffset.Before(ErrorNewline)), // Bison aborts here; the reader, like this grammar, reads on.
                (assignment, errorAt) => new GrammarStatement(assignment, errorAt >= 0, errorAt >= 0, errorAt))
            .Or(EndStmt.ThenReturn(new GrammarStatement(null, false, false)))
            .RecoverWith(error => error.Message == TooDeepMessage
                ? Parser<LexToken>.Any.SkipMany().ThenReturn(new GrammarStatement(null, true, false, error.ErrorOffset, TooDeep: true))
                : ErrorNewline.ThenReturn(new GrammarStatement(null, true, false, error.ErrorOffset)));

    /// <summary>
    /// <code>
    /// file: stmts
    ///     | stmts assignment
    /// stmts: /* empty */
    ///      | stmts stmt
    /// </code>
    /// </summary>
    private static readonly Parser<LexToken, IEnumerable<GrammarStatement>> File =
        Parser.Lookahead(Parser<LexToken>.Any).Then(Statement).Many().Before(Parser<LexToken>.End);

    /// <summary>
    /// <code>
    /// value: '[' nlok valuelist ']'
    /// valuelist: /* empty */
    ///          | values
    ///          | values ',' nlok
    /// values: value nlok
    ///       | values ',' nlok value nlok
    /// </code>
    /// </summary>
    /// <param name="item">A value one level deeper: the list's item.</param>
    private static Parser<LexToken, GrammarValue> List(Parser<LexToken, GrammarValue> item)
    {
        var itemThenNlok = item.Before(Nlok);
        var separator = Parser.Try(Kind(TokenKind.Comma).Then(Nlok).Then(Parser.Lookahead(ValueStart)));
        var values = itemThenNlok.Then(separator.Then(itemThenNlok).Many(), (first, rest) => (IReadOnlyList<GrammarValue>)[first, .. rest]);
        var valueList = values.Before(Kind(TokenKind.Comma).Then(Nlok).Optional())
            .Or(Parser<LexToken>.Return<IReadOnlyList<GrammarValue>>([]));
        return Parser.Map(
            GrammarValue (open, items, close) => new GrammarList(open, items, close),
            Kind(TokenKind.LeftBracket).Before(Nlok),
            valueList,
            Kind(TokenKind.RightBracket));
    }

    // grammar-end

    /// <summary>Derives a file from its tokens (without the end token).</summary>
    /// <param name="tokens">The lexer's tokens.</param>
    /// <returns>The derivation.</returns>
    public static GrammarFile Parse(LexToken[] tokens)
    {
        var statements = File.ParseOrThrow(tokens).ToList();
        return new GrammarFile(statements, statements.Any(s => s.TooDeep));
    }

    private static Parser<LexToken, GrammarValue>[] BuildValues()
    {
        var values = new Parser<LexToken, GrammarValue>[MaxDepth + 1];
        for (int depth = MaxDepth; depth >= 0; depth--)
        {
            var list = depth + 1 > MaxDepth ? TooDeep : List(values[depth + 1]);
            values[depth] = Atom.Or(list);
        }

        return values;
    }

    private static Parser<LexToken, LexToken> Kind(TokenKind kind) =>
        Parser<LexToken>.Token(t => t.Kind == kind).Labelled(kind.ToString());
}
