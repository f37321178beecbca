using ChannelConfig.Parsing;

namespace ChannelConfig.Tests.Grammar;

/// <summary>A value as the Pidgin grammar derives it: the tokens it was built from, nothing decoded.</summary>
internal abstract record GrammarValue;

/// <summary><c>atom: STRING | NUMBER</c>: the token.</summary>
/// <param name="Atom">The STRING or NUMBER token.</param>
internal sealed record GrammarAtom(Token Atom) : GrammarValue;

/// <summary><c>'[' nlok valuelist ']'</c>: the brackets and the items.</summary>
/// <param name="Open">The <c>[</c> token.</param>
/// <param name="Items">The items, in order.</param>
/// <param name="Close">The <c>]</c> token.</param>
internal sealed record GrammarList(Token Open, IReadOnlyList<GrammarValue> Items, Token Close) : GrammarValue;

/// <summary><c>assignment: IDENT '=' value | IDENT "+=" value</c>.</summary>
/// <param name="Name">The IDENT token.</param>
/// <param name="Operator">The <c>=</c> or <c>+=</c> token.</param>
/// <param name="Value">The value.</param>
internal sealed record GrammarAssignment(Token Name, Token Operator, GrammarValue Value);

/// <summary>What one statement derived: an assignment (or none), and whether it ended by error recovery.</summary>
/// <param name="Assignment">The assignment, when the statement holds one that xl stores.</param>
/// <param name="Recovered">The statement ended by <c>stmt: error NEWLINE</c> (or at the end of input while recovering).</param>
/// <param name="AfterCompleteValue">The error came after a complete assignment: xl's Bison parser aborts there (no state left can shift <c>error</c>).</param>
/// <param name="ErrorAt">For a recovered statement, the index of the token that failed (Bison's lookahead at the error; the token count for the end of input).</param>
/// <param name="TooDeep">A list nested beyond the grammar's depth limit: the derivation stopped here (the rest of the input is not derived).</param>
internal sealed record GrammarStatement(GrammarAssignment? Assignment, bool Recovered, bool AfterCompleteValue, int ErrorAt = -1, bool TooDeep = false);

/// <summary>The grammar's derivation of a whole file.</summary>
/// <param name="Statements">Every statement, in order.</param>
/// <param name="TooDeep">A list nested beyond the depth limit stopped the derivation: the file is not modelled.</param>
internal sealed record GrammarFile(IReadOnlyList<GrammarStatement> Statements, bool TooDeep)
{
    /// <summary>The assignments xl stores, in order.</summary>
    public IEnumerable<GrammarAssignment> Assignments => Statements.Where(s => s.Assignment is not null).Select(s => s.Assignment!);
}
