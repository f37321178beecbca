using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <content>Rules of the xl.cfg reader: bytes, tokens and grammar (XLC0001–XLC0049).</content>
public static partial class DiagnosticCatalog
{
    /// <summary>XLC0001: a byte that starts no token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "XLC0001", "UnexpectedCharacter", "Character that xl cannot read",
        DiagnosticSeverity.Error,
        "Outside quotes, xl.cfg allows only lower-case names, numbers, quoted strings, `[ ] , = += ;`, `#` comments, spaces and tabs. Any other byte is a lexical error; xl reports it together with the rest of the word it starts.",
        "Prints `config parsing error near `…': lexical error` and exits with status 1 (`Failed to parse config: Invalid argument`).",
        "memory = 512 * 2",
        "Quote the value (`\"…\"`) or remove the character.");

    /// <summary>XLC0001 for the run <paramref name="shown"/>.</summary>
    internal static Diagnostic UnexpectedCharacterAt(SourceSpan span, string shown, string? xl) =>
        new(UnexpectedCharacter, span, $"unexpected `{shown}`: xl cannot read this outside quotes; quote the value or remove the character", xl);

    /// <summary>XLC0002: a carriage return outside a comment (CRLF line endings).</summary>
    public static readonly DiagnosticDescriptor CarriageReturn = new(
        "XLC0002", "CarriageReturn", "Carriage return (CRLF line ending)",
        DiagnosticSeverity.Error,
        "xl's lexer knows only `\\n` as a line end; a `\\r` is an unknown byte except inside a comment. Files saved with Windows (CRLF) line endings are therefore rejected on every line that does not end in a comment.",
        "Prints `lexical error` for the `\\r` and exits with status 1.",
        "memory = 512\\r\\n",
        "Convert the file to Unix line endings: `xlchan fix -i vm.cfg` does it (as do `dos2unix vm.cfg` and `sed -i 's/\\r$//' vm.cfg`).");

    /// <summary>XLC0002, counting the lines that have a carriage return.</summary>
    internal static Diagnostic CarriageReturnAt(SourceSpan span, int count, string? xl, DiagnosticFix? fix = null) =>
        new(CarriageReturn, span,
            count == 1
                ? "carriage return outside a comment: xl accepts only \\n line endings; convert the file to Unix line endings (dos2unix)"
                : $"carriage return outside a comment (on {count} lines): xl accepts only \\n line endings; convert the file to Unix line endings (dos2unix)",
            xl, fix: fix);

    /// <summary>XLC0003: a UTF-8 byte-order mark at the start of the file.</summary>
    public static readonly DiagnosticDescriptor ByteOrderMark = new(
        "XLC0003", "ByteOrderMark", "UTF-8 byte-order mark",
        DiagnosticSeverity.Error,
        "Some editors put the bytes EF BB BF at the start of a UTF-8 file. xl does not skip them: they are a lexical error on line 1.",
        "Prints `lexical error` near the first word of the file and exits with status 1.",
        "\\xEF\\xBB\\xBFname = \"vm1\"",
        "Save the file as UTF-8 without a BOM: `xlchan fix -i vm.cfg` removes it (as does `sed -i '1s/^\\xEF\\xBB\\xBF//' vm.cfg`).");

    /// <summary>XLC0003.</summary>
    internal static Diagnostic ByteOrderMarkAt(SourceSpan span, string? xl, DiagnosticFix? fix) =>
        new(ByteOrderMark, span, "the file starts with a UTF-8 byte-order mark, which xl cannot read; save the file as UTF-8 without BOM", xl, fix: fix);

    /// <summary>XLC0004: a setting name that is not lower-case ASCII.</summary>
    public static readonly DiagnosticDescriptor InvalidName = new(
        "XLC0004", "InvalidName", "Setting name xl cannot read",
        DiagnosticSeverity.Error,
        "Setting names must match `[a-z][._0-9a-z]*`: a lower-case ASCII letter, then lower-case letters, digits, `.` and `_`. Upper case and a leading `_` are lexical errors.",
        "Prints `lexical error` near the name and exits with status 1.",
        "Memory = 512",
        "Write the name in lower case (xl's names are all lower case: `memory`, `channel`, `on_crash` …).");

    /// <summary>XLC0004 for the name <paramref name="shown"/>.</summary>
    internal static Diagnostic InvalidNameAt(SourceSpan span, string shown, string? xl) =>
        new(InvalidName, span, $"`{shown}` is not a name xl can read: names are lower-case ASCII letters, digits, `.` and `_`, starting with a letter; write it in lower case", xl);

    /// <summary>XLC0005: upper-case letters in a hexadecimal number.</summary>
    public static readonly DiagnosticDescriptor UppercaseHex = new(
        "XLC0005", "UppercaseHex", "Upper-case hexadecimal number",
        DiagnosticSeverity.Error,
        "Unquoted numbers match `[0-9][0-9a-fx]*`: the `x` and the hex digits must be lower case. `0xFF` reads as the number `0x` followed by the unknown word `FF`.",
        "Prints `lexical error` near the upper-case part and exits with status 1.",
        "shadow_memory = 0xFF",
        "Write hex digits in lower case (`0xff`; `xlchan fix` does it for a `0x` number), or quote the value.");

    /// <summary>XLC0005 for the hex digits <paramref name="shown"/>.</summary>
    internal static Diagnostic UppercaseHexAt(SourceSpan span, string shown, string? xl, DiagnosticFix? fix) =>
        new(UppercaseHex, span, $"upper-case hexadecimal `{shown}`: xl accepts only lower-case hex digits and `x`; write it in lower case", xl, fix: fix);

    /// <summary>XLC0006: a string without its closing quote on the same line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "XLC0006", "UnterminatedString", "String without a closing quote",
        DiagnosticSeverity.Error,
        "A quoted string must end on the line where it starts, with the same quote character it began with. Without one, xl sees the opening quote as an unknown byte.",
        "Prints `lexical error` near the quote and the rest of that word, and exits with status 1.",
        "name = \"vm1",
        "Add the closing quote on the same line; a string cannot span lines.");

    /// <summary>XLC0006 for a string opened with <paramref name="quote"/>.</summary>
    internal static Diagnostic UnterminatedStringAt(SourceSpan span, char quote, string? xl) =>
        new(UnterminatedString, span, $"string starting with {quote} has no closing {quote} on this line; add the closing quote (a string cannot span lines)", xl);

    /// <summary>XLC0007: Python-style syntax from old xm configuration files.</summary>
    public static readonly DiagnosticDescriptor PythonSyntax = new(
        "XLC0007", "PythonSyntax", "Python syntax (xm configuration)",
        DiagnosticSeverity.Error,
        "xm configuration files were Python; xl's format is not. Operators and calls such as `+`, `-`, `.`, `(`, `)` and `:` outside quotes are lexical errors, and xl adds a hint that the file looks like Python.",
        "Prints `lexical error`, then `warning: Config file looks like it contains Python code.` and exits with status 1.",
        "memory = 256 + 256",
        "Write the computed value literally (`memory = 512`) and quote any text.");

    /// <summary>XLC0007 for the run <paramref name="shown"/>.</summary>
    internal static Diagnostic PythonSyntaxAt(SourceSpan span, string shown, string? xl) =>
        new(PythonSyntax, span, $"`{shown}` looks like Python (xm) syntax, which xl does not evaluate; write the value literally and quote text", xl);

    /// <summary>XLC0008: a comment on the last line of a file that has no final newline.</summary>
    public static readonly DiagnosticDescriptor CommentAtEndWithoutNewline = new(
        "XLC0008", "CommentAtEndWithoutNewline", "Comment on the last line without a newline",
        DiagnosticSeverity.Error,
        "xl's comment token runs up to and including the newline. A comment on a last line that lacks a newline is not a comment: its `#` is an unknown byte.",
        "Prints `lexical error` near `#…` and exits with status 1 (a lone `#` as the very last byte is silently ignored).",
        "memory = 512\\n# end of file (no newline)",
        "End the file with a newline (`xlchan fix` adds it).");

    /// <summary>XLC0008.</summary>
    internal static Diagnostic CommentAtEndWithoutNewlineAt(SourceSpan span, string? xl, DiagnosticFix? fix) =>
        new(CommentAtEndWithoutNewline, span, "a comment on the last line needs a newline after it, or xl rejects it; end the file with a newline", xl, fix: fix);

    /// <summary>XLC0009: a NUL byte outside a string.</summary>
    public static readonly DiagnosticDescriptor NulByte = new(
        "XLC0009", "NulByte", "NUL byte",
        DiagnosticSeverity.Error,
        "A NUL byte (0x00) outside quotes is an unknown byte. Text files should not contain NUL bytes; the file may be binary or corrupted.",
        "Prints `lexical error` and exits with status 1.",
        "memory = 512\\0",
        "Remove the NUL byte.");

    /// <summary>XLC0009.</summary>
    internal static Diagnostic NulByteAt(SourceSpan span, string? xl) =>
        new(NulByte, span, "NUL byte outside a string; remove it (is this a text file?)", xl);

    /// <summary>XLC0010: a NUL byte inside a quoted string: xl aborts.</summary>
    public static readonly DiagnosticDescriptor NulInString = new(
        "XLC0010", "NulInString", "NUL byte inside a string (xl crashes)",
        DiagnosticSeverity.Error,
        "libxlu measures a quoted string with `strlen`, which stops at a NUL byte; an assertion then fails and xl aborts with SIGABRT (unless an earlier error already stopped the decoding of strings).",
        "Aborts: `xl: libxlu_cfg.c:607: xlu__cfgl_dequote: Assertion `len>=2 && src[0]==src[len-1]' failed.`",
        "name = \"vm\\01\"",
        "Remove the NUL byte from the string.");

    /// <summary>XLC0010: <paramref name="xlAborts"/> when xl reaches this string and aborts on it.</summary>
    internal static Diagnostic NulInStringAt(SourceSpan span, bool xlAborts, string? xl) =>
        new(NulInString, span,
            $"NUL byte inside a string: {(xlAborts ? "xl aborts (SIGABRT) when it reads this string" : "xl would abort (SIGABRT) on it if no earlier error stopped it")}; remove the byte",
            xl);

    /// <summary>XLC0011: a <c>\x</c> escape, which xl always rejects.</summary>
    public static readonly DiagnosticDescriptor HexEscape = new(
        "XLC0011", "HexEscape", "Hexadecimal escape (always rejected)",
        DiagnosticSeverity.Error,
        "xl's string decoder has a hex escape `\\xHH`, but a bug makes it fail for every input.",
        "Prints `invalid digit after backslash hexnumerical character escape in quoted string` and exits with status 1.",
        "path = \"/run/\\x41.sock\"",
        "Write the character itself instead of the escape.");

    /// <summary>XLC0011 for the escape <paramref name="escape"/>.</summary>
    internal static Diagnostic HexEscapeAt(SourceSpan span, string escape, string? xl) =>
        new(HexEscape, span, $"xl rejects every hexadecimal escape such as `{escape}`; write the character itself", xl);

    /// <summary>XLC0012: an octal escape that is too short.</summary>
    public static readonly DiagnosticDescriptor InvalidOctalEscape = new(
        "XLC0012", "InvalidOctalEscape", "Octal escape xl rejects",
        DiagnosticSeverity.Error,
        "After `\\` and an octal digit, xl's decoder needs at least two more characters that C `strtoul` (base 10) can read; otherwise the string is rejected. Even a valid-looking octal escape never produces a character (see XLC0040).",
        "Prints `invalid digit after backslash octalnumerical character escape in quoted string` and exits with status 1.",
        "name = \"a\\1\"",
        "Write the character itself; xl cannot express a byte with an octal escape.");

    /// <summary>XLC0012 for the escape <paramref name="escape"/>.</summary>
    internal static Diagnostic InvalidOctalEscapeAt(SourceSpan span, string escape, string? xl) =>
        new(InvalidOctalEscape, span, $"xl rejects the octal escape `{escape}` (it needs two more digits after it, and even then produces nothing); write the character itself", xl);

    /// <summary>XLC0013: an escape xl does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownEscape = new(
        "XLC0013", "UnknownEscape", "Unknown escape sequence",
        DiagnosticSeverity.Error,
        "xl decodes only `\\\" \\' \\\\ \\a \\b \\f \\n \\r \\t \\v` (and the broken octal and hex forms). Any other character after a backslash is an error since Xen 4.7 (before, the pair was silently dropped). libvirt writes Ceph paths with `\\:`, which xl rejects.",
        "Prints `invalid character after backlash in quoted string` and exits with status 1.",
        "disk = [ \"rbd:pool/img:mon_host=a\\:6789\" ]",
        "Remove the backslash, or double it (`\\\\`) to keep a literal backslash.");

    /// <summary>XLC0013 for the escape <paramref name="escape"/>.</summary>
    internal static Diagnostic UnknownEscapeAt(SourceSpan span, string escape, string? xl) =>
        new(UnknownEscape, span, $"unknown escape `{escape}`: xl knows only \\\" \\' \\\\ \\a \\b \\f \\n \\r \\t \\v; remove the backslash, or write `\\\\` for a literal backslash", xl);

    /// <summary>XLC0014: a control character outside a comment or string.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "XLC0014", "ControlCharacter", "Control character",
        DiagnosticSeverity.Error,
        "Only space and tab separate tokens. Form feed, vertical tab and other control characters are unknown bytes.",
        "Prints `lexical error` and exits with status 1.",
        "memory =\\f512",
        "Replace the character with a space (`xlchan fix` does it).");

    /// <summary>XLC0014 for the byte <paramref name="value"/>.</summary>
    internal static Diagnostic ControlCharacterAt(SourceSpan span, byte value, string? xl, DiagnosticFix? fix) =>
        new(ControlCharacter, span, $"control character 0x{value:X2} outside a string: only spaces and tabs separate tokens; replace it with a space", xl, fix: fix);

    /// <summary>XLC0015: a non-ASCII character outside quotes.</summary>
    public static readonly DiagnosticDescriptor NonAsciiOutsideString = new(
        "XLC0015", "NonAsciiOutsideString", "Non-ASCII character outside quotes",
        DiagnosticSeverity.Error,
        "Outside quotes and comments only ASCII is allowed. Typographic quotes (“ ” ‘ ’) pasted from a document are a common cause.",
        "Prints `lexical error` and exits with status 1.",
        "name = “vm1”",
        "Use ASCII quotes (`\"` or `'`) and keep other text inside them.");

    /// <summary>XLC0015 for the text <paramref name="shown"/>.</summary>
    internal static Diagnostic NonAsciiOutsideStringAt(SourceSpan span, string shown, string? xl) =>
        new(NonAsciiOutsideString, span, $"non-ASCII text `{shown}` outside quotes; use ASCII quotes (\" or ') around text", xl);

    /// <summary>XLC0016: a number with a unit or other letters glued to it.</summary>
    public static readonly DiagnosticDescriptor NumberWithSuffix = new(
        "XLC0016", "NumberWithSuffix", "Number with a unit suffix",
        DiagnosticSeverity.Error,
        "Unquoted numbers are plain digits (`[0-9][0-9a-fx]*`). A unit such as `M`, `G` or `MiB` after a number is not part of it: an upper-case suffix is a lexical error, a lower-case one reads as a second word after the value.",
        "Prints `lexical error` (upper-case suffix) or `syntax error, unexpected IDENT, expecting $end` (lower-case suffix) and exits with status 1.",
        "memory = 512M",
        "Write the plain number in the unit the setting uses (`memory` and `maxmem` are in MiB): `memory = 512`.");

    /// <summary>XLC0016 for the <paramref name="suffix"/> after a number; <paramref name="xlStops"/> when xl stops reading the file there.</summary>
    internal static Diagnostic NumberWithSuffixAt(SourceSpan span, string suffix, string? xl, bool xlStops = false) =>
        new(NumberWithSuffix, span,
            $"the number is followed by `{suffix}`: xl reads numbers as plain digits, without units; write the value in the unit the setting uses (memory is in MiB)" + StopsHere(xlStops),
            xl);

    /// <summary>XLC0020: a token that cannot start a statement.</summary>
    public static readonly DiagnosticDescriptor ExpectedStatement = new(
        "XLC0020", "ExpectedStatement", "Statement does not start with a name",
        DiagnosticSeverity.Error,
        "Every statement is `name = value` or `name += value`. A value, bracket, comma or `=` at the start of a statement is a syntax error; often it is the continuation of a list whose `[` line is broken.",
        "Prints `syntax error, unexpected …, expecting $end or IDENT or NEWLINE or ';'` and exits with status 1.",
        "\"vm1\"",
        "Start the statement with a setting name: `name = \"vm1\"`.");

    /// <summary>XLC0020 for the token described by <paramref name="found"/>.</summary>
    internal static Diagnostic ExpectedStatementAt(SourceSpan span, string found, string? xl) =>
        new(ExpectedStatement, span, $"unexpected {found} at the start of a statement: a statement is `name = value`; start it with a setting name, or join it to the previous line if it continues a list", xl);

    /// <summary>XLC0021: a name not followed by <c>=</c> or <c>+=</c>.</summary>
    public static readonly DiagnosticDescriptor ExpectedAssignment = new(
        "XLC0021", "ExpectedAssignment", "Name without `=`",
        DiagnosticSeverity.Error,
        "A setting name must be followed by `=` or `+=`.",
        "Prints `syntax error, unexpected …, expecting += or '='` and exits with status 1.",
        "memory 512",
        "Insert `=` between the name and the value (`xlchan fix` does it).");

    /// <summary>XLC0021 after the setting <paramref name="name"/>: at the end of the line, or before <paramref name="found"/>.</summary>
    internal static Diagnostic ExpectedAssignmentAt(SourceSpan span, string name, string found, bool atLineEnd, string? xl, DiagnosticFix? fix) =>
        new(ExpectedAssignment, span,
            atLineEnd
                ? $"`{name}` has no `=` and no value; write `{name} = value`"
                : $"expected `=` or `+=` after `{name}`, found {found}; insert `=` between the name and the value",
            xl, fix: fix);

    /// <summary>XLC0022: an operator not followed by a value.</summary>
    public static readonly DiagnosticDescriptor ExpectedValue = new(
        "XLC0022", "ExpectedValue", "Missing value",
        DiagnosticSeverity.Error,
        "After `=` or `+=` must come a value on the same line: a quoted string, a number or a list `[ … ]`.",
        "Prints `syntax error, unexpected …, expecting STRING or NUMBER or '['` and exits with status 1 (at a line end, one line too early).",
        "memory =",
        "Give the setting a value, or delete the line.");

    /// <summary>XLC0022: at the end of the line, or before <paramref name="found"/>.</summary>
    internal static Diagnostic ExpectedValueAt(SourceSpan span, string found, bool atLineEnd, string? xl) =>
        new(ExpectedValue, span,
            atLineEnd
                ? "missing value: `=` must be followed by a value on the same line (a quoted string, a number or `[`)"
                : $"expected a value (a quoted string, a number or `[`), found {found}; quote the value",
            xl);

    /// <summary>XLC0023: a list that is not closed where it should be.</summary>
    public static readonly DiagnosticDescriptor ExpectedListEnd = new(
        "XLC0023", "ExpectedListEnd", "Malformed list",
        DiagnosticSeverity.Error,
        "Inside `[ … ]`, values are separated by commas, and the list ends with `]`. Newlines and comments may appear between items.",
        "Prints `syntax error, unexpected …, expecting ']'` and exits with status 1.",
        "vif = [ \"bridge=br0\" = ]",
        "Separate items with `,` and close the list with `]`.");

    /// <summary>XLC0023 for <paramref name="found"/>, after an item or where an item was due.</summary>
    internal static Diagnostic ExpectedListEndAt(SourceSpan span, string found, bool afterItem, string? xl) =>
        new(ExpectedListEnd, span,
            afterItem
                ? $"unexpected {found} in a list: expected `,` or `]`"
                : $"unexpected {found} in a list: expected a value or `]`",
            xl);

    /// <summary>XLC0024: more tokens after a complete value on the same line.</summary>
    public static readonly DiagnosticDescriptor ExpectedEndOfStatement = new(
        "XLC0024", "ExpectedEndOfStatement", "Text after a complete value",
        DiagnosticSeverity.Error,
        "A value must be followed by the end of the line, a `;` or a comment. Two statements on one line need a `;` between them. xl stops reading the file at this error: nothing after it is checked or reported by xl.",
        "Prints `syntax error, unexpected …, expecting $end`, stops parsing, and exits with status 1.",
        "memory = 512 vcpus = 2",
        "End the statement with a newline or `;`, or quote the value if it contains spaces.");

    /// <summary>XLC0024 for <paramref name="found"/> after the value of <paramref name="name"/>; <paramref name="xlStops"/> when xl stops reading the file there.</summary>
    internal static Diagnostic ExpectedEndOfStatementAt(SourceSpan span, string found, string name, bool xlStops, string? xl) =>
        new(ExpectedEndOfStatement, span,
            $"unexpected {found} after the value of `{name}`: end the statement with a newline or `;`, or quote the value if it contains spaces" + StopsHere(xlStops),
            xl);

    private static string StopsHere(bool xlStops) => xlStops ? " (xl stops reading the file here)" : string.Empty;

    /// <summary>XLC0025: an empty list item (leading or doubled comma).</summary>
    public static readonly DiagnosticDescriptor EmptyListItem = new(
        "XLC0025", "EmptyListItem", "Empty list item",
        DiagnosticSeverity.Error,
        "A list may end with a trailing comma (`[1,]`), but it may not start with one (`[,1]`) or contain two in a row (`[1,,2]`). To have an empty string item, write `\"\"`.",
        "Prints `syntax error, unexpected ',', expecting ']'` and exits with status 1.",
        "vif = [ , \"bridge=br0\" ]",
        "Remove the extra comma.");

    /// <summary>XLC0025: a comma that opens the list (<paramref name="atListStart"/>) or follows another.</summary>
    internal static Diagnostic EmptyListItemAt(SourceSpan span, bool atListStart, string? xl) =>
        new(EmptyListItem, span,
            atListStart
                ? "a list cannot start with `,`; remove the comma"
                : "two commas in a row leave an empty item, which xl rejects; remove one comma (write \"\" for an empty string)",
            xl);

    /// <summary>XLC0026: two list items without a comma between them.</summary>
    public static readonly DiagnosticDescriptor MissingComma = new(
        "XLC0026", "MissingComma", "Missing comma between list items",
        DiagnosticSeverity.Error,
        "List items must be separated by commas, even when they are on separate lines.",
        "Prints `syntax error, unexpected STRING, expecting ']'` (or NUMBER / '[') and exits with status 1.",
        "channel = [ \"connection=pty,name=a\"\\n            \"connection=pty,name=b\" ]",
        "Insert a comma after the previous item (`xlchan fix` does it when no comment stands between the items).");

    /// <summary>XLC0026 before <paramref name="found"/>.</summary>
    internal static Diagnostic MissingCommaAt(SourceSpan span, string found, string? xl, DiagnosticFix? fix) =>
        new(MissingComma, span, $"missing `,` before {found}: list items must be separated by commas, even on separate lines", xl, fix: fix);

    /// <summary>XLC0027: a list still open at the end of the file.</summary>
    public static readonly DiagnosticDescriptor UnclosedList = new(
        "XLC0027", "UnclosedList", "List not closed",
        DiagnosticSeverity.Error,
        "The file ends inside a list: its closing `]` is missing.",
        "Prints `syntax error, unexpected $end, expecting ']'` and exits with status 1.",
        "disk = [ \"phy:/dev/vg/vm1,xvda,w\"",
        "Add the closing `]`.");

    /// <summary>XLC0027 for the list opened at <paramref name="line"/>, <paramref name="column"/>.</summary>
    internal static Diagnostic UnclosedListAt(SourceSpan span, int line, int column, string? xl) =>
        new(UnclosedList, span, $"the list opened at line {line}, column {column} is not closed; add `]`", xl);

    /// <summary>XLC0028: lists nested so deeply that xl's parser runs out of stack.</summary>
    public static readonly DiagnosticDescriptor ParserStackExhausted = new(
        "XLC0028", "ParserStackExhausted", "Nesting too deep for xl",
        DiagnosticSeverity.Error,
        "xl's generated parser keeps at most 10,000 entries on its stack, about 5,000 nested `[`. Deeper nesting makes it give up.",
        "Prints `config parsing error near `[': memory exhausted` and exits with status 1.",
        "a = [[[[ … 5,000 levels … ]]]]",
        "Flatten the list: no xl setting uses more than two levels.");

    /// <summary>XLC0028.</summary>
    internal static Diagnostic ParserStackExhaustedAt(SourceSpan span, string? xl) =>
        new(ParserStackExhausted, span, "lists nested this deep exhaust xl's parser stack (about 5,000 levels): xl stops with \"memory exhausted\"; flatten the list", xl);

    /// <summary>XLC0029: nesting beyond the reader's configured limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "XLC0029", "NestingTooDeep", "Lists nested beyond the reader's limit",
        DiagnosticSeverity.Error,
        "The reader builds value trees up to a nesting depth limit (64 by default, `XlReaderOptions.MaxDepth`, which a library user may set up to 256: a larger value is taken as 256). Deeper lists are still checked the way xl checks them, but their values are not kept. No xl setting uses more than two levels.",
        "Reads such lists without complaint up to its own stack limit (see XLC0028).",
        "a = [[[[[[ … 65 levels … ]]]]]]",
        "Flatten the list: no xl setting nests more than two levels.");

    /// <summary>XLC0029 beyond <paramref name="maxDepth"/> levels.</summary>
    internal static Diagnostic NestingTooDeepAt(SourceSpan span, int maxDepth) =>
        new(NestingTooDeep, span, $"lists nested deeper than {maxDepth} levels: the reader checks them but does not keep their value; flatten the list (no xl setting nests more than two levels)");

    /// <summary>XLC0030: <c>+=</c> between a list and a string.</summary>
    public static readonly DiagnosticDescriptor AppendTypeMismatch = new(
        "XLC0030", "AppendTypeMismatch", "`+=` mixes a list and a string",
        DiagnosticSeverity.Error,
        "`+=` appends a string to a string (concatenation) or a list to a list (items appended). A list cannot be added to a string or the other way round.",
        "Prints `can't add [list] to \"string\" or vice versa` and exits with status 1.",
        "channel = \"connection=pty,name=a\"\\nchannel += [ \"connection=pty,name=b\" ]",
        "Make both values lists (`channel = [ \"…\" ]`) or both strings.");

    /// <summary>XLC0030: <c>name +=</c> of a list to a string or a string to a list set on <paramref name="line"/>.</summary>
    internal static Diagnostic AppendTypeMismatchAt(SourceSpan span, string name, bool addsList, bool hasList, int line, string? xl) =>
        new(AppendTypeMismatch, span,
            $"`{name} +=` adds {(addsList ? "a list" : "a string")} to {(hasList ? "a list" : "a string")} (set on line {line}); make both lists or both strings",
            xl);

    /// <summary>XLC0031: too many diagnostics; the rest were not recorded.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "XLC0031", "TooManyDiagnostics", "Too many diagnostics",
        DiagnosticSeverity.Error,
        "The reader, the channel analysis and the validation each stop recording diagnostics after a limit (`XlReaderOptions.MaxDiagnostics` and `ChannelOptions.MaxDiagnostics`, 1,000 each), as `import-libvirt` does for a domain XML (1,000, this entry then taking the severity of the worst one left out), so that a binary or corrupted file, or a channel item of thousands of fields, cannot flood the output. The file is still read to the end and its verdict is exact.",
        "Not applicable.",
        "(a binary file)",
        "Fix the reported problems first; check that the file is really an xl.cfg file.");

    /// <summary>XLC0031 once more than <paramref name="limit"/> are found; <paramref name="notListed"/> counts the rest when known.</summary>
    internal static Diagnostic TooManyDiagnosticsAt(SourceSpan span, int limit, int? notListed = null, DiagnosticSeverity? severity = null) =>
        new(TooManyDiagnostics, span,
            $"more than {limit} diagnostics: the rest of this file's findings{(notListed is int n ? $" ({n})" : string.Empty)} are not listed; fix the ones above first",
            severity: severity);

    /// <summary>XLC0040: an octal escape that xl silently drops.</summary>
    public static readonly DiagnosticDescriptor OctalEscapeVanishes = new(
        "XLC0040", "OctalEscapeVanishes", "Octal escape silently removed",
        DiagnosticSeverity.Warning,
        "xl's decoder reads `\\` + an octal digit + up to three more characters as a number, but never stores it: the escape and its digits vanish from the value. `\"A\\0123B\"` becomes `AB`.",
        "Accepts the file; the value lacks the escaped character and its digits.",
        "name = \"vm\\0101\"",
        "Write the intended character itself; xl cannot express a byte with an escape.");

    /// <summary>XLC0040 for the escape <paramref name="escape"/>, after which the value is <paramref name="value"/>.</summary>
    internal static Diagnostic OctalEscapeVanishesAt(SourceSpan span, string escape, string value) =>
        new(OctalEscapeVanishes, span, $"xl drops the octal escape `{escape}` and the characters it swallows: the value becomes \"{value}\"; write the intended character itself");

    /// <summary>XLC0041: a name set more than once.</summary>
    public static readonly DiagnosticDescriptor DuplicateSetting = new(
        "XLC0041", "DuplicateSetting", "Setting assigned more than once",
        DiagnosticSeverity.Warning,
        "When a name is assigned with `=` more than once, xl silently uses the last assignment and ignores the earlier ones. Use `+=` to add to a value.",
        "Accepts the file and uses the last value.",
        "memory = 512\\nmemory = 1024",
        "Delete the assignment that should not apply, or use `+=` to extend the earlier value.");

    /// <summary>XLC0041: <paramref name="name"/> assigned again on <paramref name="line"/>.</summary>
    internal static Diagnostic DuplicateSettingAt(SourceSpan span, string name, int line) =>
        new(DuplicateSetting, span, $"`{name}` is assigned again on line {line} and xl uses only the last assignment, so this one is ignored; delete it, or use `+=` to add to it");

    /// <summary>XLC0042: a single unknown byte at the very end of the file, which xl ignores.</summary>
    public static readonly DiagnosticDescriptor IgnoredLastByte = new(
        "XLC0042", "IgnoredLastByte", "Last byte silently ignored",
        DiagnosticSeverity.Warning,
        "A single unknown byte as the very last byte of the file (for example a final `\\r`, or a `#` with no newline) is dropped by xl without any message; the same byte anywhere else is an error.",
        "Accepts the file and ignores the byte.",
        "memory = 512 #",
        "Remove the byte, or end the file with a newline.");

    /// <summary>XLC0042 for the last byte <paramref name="value"/>.</summary>
    internal static Diagnostic IgnoredLastByteAt(SourceSpan span, byte value)
    {
        string what = value switch
        {
            (byte)'#' => "a `#` with no newline after it",
            (byte)'\r' => "a carriage return with no newline after it",
            _ => $"the byte 0x{value:X2}",
        };
        return new(IgnoredLastByte, span,
            $"xl silently ignores {what} as the very last byte of a file (anywhere else it is an error); remove it or end the file with a newline");
    }

    /// <summary>XLC0043: bytes that are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "XLC0043", "InvalidUtf8", "Invalid UTF-8",
        DiagnosticSeverity.Warning,
        "xl treats values as bytes and accepts any of them inside strings and comments, but tools that display, convert or store the configuration (xenstore, JSON, libvirt XML) expect UTF-8.",
        "Accepts the bytes inside strings and comments; outside them they are lexical errors.",
        "name = \"caf\\xE9\" (Latin-1)",
        "Save the file as UTF-8.");

    /// <summary>XLC0043 for the byte <paramref name="value"/>.</summary>
    internal static Diagnostic InvalidUtf8At(SourceSpan span, byte value) =>
        new(InvalidUtf8, span, $"byte 0x{value:X2} is not valid UTF-8: xl keeps the raw bytes, but xenstore, JSON and XML consumers expect UTF-8; save the file as UTF-8");

    /// <summary>XLC0043 once enough bytes were reported.</summary>
    internal static Diagnostic MoreInvalidUtf8At(SourceSpan span) =>
        new(InvalidUtf8, span, "more bytes that are not valid UTF-8 follow; save the file as UTF-8");

    /// <summary>XLC0044: <c>+=</c> on a name that has no earlier value.</summary>
    public static readonly DiagnosticDescriptor AppendWithoutValue = new(
        "XLC0044", "AppendWithoutValue", "`+=` with nothing to add to",
        DiagnosticSeverity.Info,
        "`+=` on a name that has not been assigned before simply assigns the value. This is fine in a file meant to be combined with others, but may hide a typo in the name.",
        "Accepts the file and stores the value as if `=` had been written.",
        "extra += \"console=hvc0\"",
        "Use `=`, or check the spelling of the name.");

    /// <summary>XLC0044: <c>name +=</c> with no earlier value.</summary>
    internal static Diagnostic AppendWithoutValueAt(SourceSpan span, string name) =>
        new(AppendWithoutValue, span, $"`{name} +=` has nothing to add to: xl stores the value as if `=` were written; use `=`, or check the name");
}
