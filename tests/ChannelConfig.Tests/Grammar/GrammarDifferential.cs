using System.Text;
using System.Text.RegularExpressions;
using ChannelConfig.Configuration;
using ChannelConfig.Parsing;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Grammar;

/// <summary>
/// Reads one file with the Pidgin grammar and with <see cref="XlConfigReader"/> and renders what
/// both derived (settings: name, operator, value tree, decoded bytes, lines) as comparable text.
/// </summary>
internal static partial class GrammarDifferential
{
    /// <summary>The outcome of comparing one file.</summary>
    /// <param name="Modelled">False when the file nests lists beyond the grammar's depth limit.</param>
    /// <param name="Grammar">The grammar's settings, one line each.</param>
    /// <param name="Reader">The reader's settings, one line each.</param>
    /// <param name="Problems">Disagreements beyond the settings (the verdict against the recoveries).</param>
    /// <param name="Settings">How many settings were compared.</param>
    public sealed record Outcome(bool Modelled, string Grammar, string Reader, IReadOnlyList<string> Problems, int Settings)
    {
        /// <summary>Both agree, or the file is not modelled.</summary>
        public bool Agrees => !Modelled || (Grammar == Reader && Problems.Count == 0);

        /// <summary>A description of the disagreement.</summary>
        public string Describe() =>
            $"grammar:\n{Grammar}\nreader:\n{Reader}\n{string.Join('\n', Problems)}";
    }

    /// <summary>Compares the grammar and the reader on <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The outcome.</returns>
    public static Outcome Compare(byte[] bytes)
    {
        var source = new SourceText("g.cfg", bytes);
        var tokens = XlTokens.Scan(source, out bool lexicalError);
        var grammar = XlCfgGrammar.Parse(tokens);
        if (grammar.TooDeep)
        {
            return new Outcome(false, string.Empty, string.Empty, [], 0);
        }

        var config = XlConfigReader.Read(source);
        var grammarText = new StringBuilder();
        foreach (var assignment in grammar.Assignments)
        {
            Render(grammarText, source, assignment);
        }

        var readerText = new StringBuilder();
        foreach (var setting in config.Settings)
        {
            Render(readerText, setting);
        }

        var problems = new List<string>();
        bool recovered = grammar.Statements.Any(s => s.Recovered);
        if (recovered && config.Verdict == XlVerdict.Accepted)
        {
            problems.Add("the grammar recovered from a syntax error, but the reader says xl accepts the file");
        }

        if (!recovered && !lexicalError && config.Verdict != XlVerdict.Accepted && !HasStoreError(config))
        {
            problems.Add($"the grammar derives the file without error, but the reader's verdict is {config.Verdict}: {config.XlStderr}");
        }

        if (!lexicalError)
        {
            CompareFirstSyntaxError(tokens, grammar, config, problems);
        }

        return new Outcome(true, grammarText.ToString(), readerText.ToString(), problems, config.Settings.Count);
    }

    /// <summary>
    /// The recovery as xl reports it: the first statement the grammar recovers from fails at the
    /// token of xl's first "syntax error, unexpected …" message, on the line xl gives
    /// (<c>yylloc</c>, which the lexer keeps as <see cref="Token.XenLine"/>). Later messages depend
    /// on Bison's silence after a recovery and on its abort, which are state beside the grammar; so
    /// does the first one in a file with lexical errors (xl prints no syntax error on or before the
    /// line of its last lexical error), so such files are left out.
    /// </summary>
    private static void CompareFirstSyntaxError(Token[] tokens, GrammarFile grammar, XlConfig config, List<string> problems)
    {
        var first = grammar.Statements.FirstOrDefault(s => s.Recovered);
        var xl = FirstSyntaxError().Match(config.XlStderr);
        if (first is null)
        {
            if (xl.Success)
            {
                problems.Add($"the grammar recovers from no error, but xl reports {xl.Value}");
            }

            return;
        }

        if (!xl.Success)
        {
            if (config.Verdict != XlVerdict.Crash)
            {
                problems.Add("the grammar recovers from an error, but xl reports no syntax error");
            }

            return;
        }

        bool atEnd = first.ErrorAt >= tokens.Length;
        string name = atEnd ? "$end" : XlParser.BisonName(tokens[first.ErrorAt].Kind);
        // xl prints yylloc's line, one less when the token's text ends with its newline (a NEWLINE).
        int line = atEnd ? (tokens.Length > 0 ? tokens[^1].XenLine : 1)
            : tokens[first.ErrorAt].XenLine - (tokens[first.ErrorAt].Kind == TokenKind.Newline ? 1 : 0);
        string expected = $"{line} {name}";
        string actual = $"{xl.Groups[1].Value} {xl.Groups[2].Value}";
        if (expected != actual)
        {
            problems.Add($"the grammar's first error is at line {line}, unexpected {name}; xl's first is at line {xl.Groups[1].Value}, unexpected {xl.Groups[2].Value}");
        }
    }

    [GeneratedRegex(@":(\d+): config parsing error near .*: syntax error, unexpected (\S+), expecting")]
    private static partial Regex FirstSyntaxError();


    /// <summary>xl's one error from storing a setting (<c>+=</c> of a list to a string or back): a side effect, not grammar.</summary>
    private static bool HasStoreError(XlConfig config) => config.XlStderr.Contains("can't add [list]", StringComparison.Ordinal);

    private static void Render(StringBuilder text, SourceText source, GrammarAssignment assignment)
    {
        text.Append(assignment.Name.Line).Append(' ')
            .Append(Encoding.ASCII.GetString(source.Bytes.Span[assignment.Name.Start..assignment.Name.End]))
            .Append(assignment.Operator.Kind == TokenKind.AddAssign ? " += " : " = ")
            .Append(LineOf(assignment.Value)).Append(':');
        Render(text, source, assignment.Value);
        text.Append('\n');
    }

    private static void Render(StringBuilder text, SourceText source, GrammarValue value)
    {
        switch (value)
        {
            case GrammarAtom { Atom: var token }:
                var raw = source.Bytes.Span[token.Start..token.End];
                byte[] bytes = token.Kind == TokenKind.Number ? raw.ToArray() : StringDecoder.Decode(raw[1..^1]);
                text.Append(token.Kind == TokenKind.Number ? 'n' : 's').Append(Convert.ToHexString(bytes)).Append('@').Append(token.Line);
                break;
            case GrammarList list:
                text.Append('[');
                foreach (var item in list.Items)
                {
                    Render(text, source, item);
                    text.Append(',');
                }

                text.Append("]@").Append(list.Items.Count > 0 ? LineOf(list.Items[0]) : list.Close.Line);
                break;
        }
    }

    /// <summary>The line a value starts on: its token's, or its <c>[</c>'s.</summary>
    private static int LineOf(GrammarValue value) => value switch
    {
        GrammarAtom atom => atom.Atom.Line,
        GrammarList list => list.Open.Line,
        _ => 0,
    };

    private static void Render(StringBuilder text, XlSetting setting)
    {
        text.Append(setting.NameSpan.Start.Line).Append(' ').Append(setting.Name)
            .Append(setting.Operator == AssignmentOperator.Append ? " += " : " = ")
            .Append(setting.XlLine).Append(':');
        Render(text, setting.Value);
        text.Append('\n');
    }

    private static void Render(StringBuilder text, XlValue value)
    {
        switch (value)
        {
            case XlString s:
                text.Append(s.IsNumber ? 'n' : 's').Append(Convert.ToHexString(s.Bytes.Span)).Append('@').Append(s.XlLine);
                break;
            case XlList list:
                text.Append('[');
                foreach (var item in list.Items)
                {
                    Render(text, item);
                    text.Append(',');
                }

                text.Append("]@").Append(list.XlLine);
                break;
        }
    }
}
