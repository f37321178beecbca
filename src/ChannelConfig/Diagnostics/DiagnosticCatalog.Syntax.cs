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

    /// <summary>XLC0002: a carriage return outside a comment (CRLF line endings).</summary>
    public static readonly DiagnosticDescriptor CarriageReturn = new(
        "XLC0002", "CarriageReturn", "Carriage return (CRLF line ending)",
        DiagnosticSeverity.Error,
        "xl's lexer knows only `\\n` as a line end; a `\\r` is an unknown byte except inside a comment. Files saved with Windows (CRLF) line endings are therefore rejected on every line that does not end in a comment.",
        "Prints `lexical error` for the `\\r` and exits with status 1.",
        "memory = 512\\r\\n",
        "Convert the file to Unix line endings: `xlchan fix -i vm.cfg` does it (as do `dos2unix vm.cfg` and `sed -i 's/\\r$//' vm.cfg`).");

    /// <summary>XLC0003: a UTF-8 byte-order mark at the start of the file.</summary>
    public static readonly DiagnosticDescriptor ByteOrderMark = new(
        "XLC0003", "ByteOrderMark", "UTF-8 byte-order mark",
        DiagnosticSeverity.Error,
        "Some editors put the bytes EF BB BF at the start of a UTF-8 file. xl does not skip them: they are a lexical error on line 1.",
        "Prints `lexical error` near the first word of the file and exits with status 1.",
        "\\xEF\\xBB\\xBFname = \"vm1\"",
        "Save the file as UTF-8 without a BOM: `xlchan fix -i vm.cfg` removes it (as does `sed -i '1s/^\\xEF\\xBB\\xBF//' vm.cfg`).");

    /// <summary>XLC0004: a setting name that is not lower-case ASCII.</summary>
    public static readonly DiagnosticDescriptor InvalidName = new(
        "XLC0004", "InvalidName", "Setting name xl cannot read",
        DiagnosticSeverity.Error,
        "Setting names must match `[a-z][._0-9a-z]*`: a lower-case ASCII letter, then lower-case letters, digits, `.` and `_`. Upper case and a leading `_` are lexical errors.",
        "Prints `lexical error` near the name and exits with status 1.",
        "Memory = 512",
        "Write the name in lower case (xl's names are all lower case: `memory`, `channel`, `on_crash` …).");

    /// <summary>XLC0005: upper-case letters in a hexadecimal number.</summary>
    public static readonly DiagnosticDescriptor UppercaseHex = new(
        "XLC0005", "UppercaseHex", "Upper-case hexadecimal number",
        DiagnosticSeverity.Error,
        "Unquoted numbers match `[0-9][0-9a-fx]*`: the `x` and the hex digits must be lower case. `0xFF` reads as the number `0x` followed by the unknown word `FF`.",
        "Prints `lexical error` near the upper-case part and exits with status 1.",
        "shadow_memory = 0xFF",
        "Write hex digits in lower case (`0xff`; `xlchan fix` does it for a `0x` number), or quote the value.");

    /// <summary>XLC0006: a string without its closing quote on the same line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "XLC0006", "UnterminatedString", "String without a closing quote",
        DiagnosticSeverity.Error,
        "A quoted string must end on the line where it starts, with the same quote character it began with. Without one, xl sees the opening quote as an unknown byte.",
        "Prints `lexical error` near the quote and the rest of that word, and exits with status 1.",
        "name = \"vm1",
        "Add the closing quote on the same line; a string cannot span lines.");

    /// <summary>XLC0007: Python-style syntax from old xm configuration files.</summary>
    public static readonly DiagnosticDescriptor PythonSyntax = new(
        "XLC0007", "PythonSyntax", "Python syntax (xm configuration)",
        DiagnosticSeverity.Error,
        "xm configuration files were Python; xl's format is not. Operators and calls such as `+`, `-`, `.`, `(`, `)` and `:` outside quotes are lexical errors, and xl adds a hint that the file looks like Python.",
        "Prints `lexical error`, then `warning: Config file looks like it contains Python code.` and exits with status 1.",
        "memory = 256 + 256",
        "Write the computed value literally (`memory = 512`) and quote any text.");

    /// <summary>XLC0008: a comment on the last line of a file that has no final newline.</summary>
    public static readonly DiagnosticDescriptor CommentAtEndWithoutNewline = new(
        "XLC0008", "CommentAtEndWithoutNewline", "Comment on the last line without a newline",
        DiagnosticSeverity.Error,
        "xl's comment token runs up to and including the newline. A comment on a last line that lacks a newline is not a comment: its `#` is an unknown byte.",
        "Prints `lexical error` near `#…` and exits with status 1 (a lone `#` as the very last byte is silently ignored).",
        "memory = 512\\n# end of file (no newline)",
        "End the file with a newline (`xlchan fix` adds it).");

    /// <summary>XLC0009: a NUL byte outside a string.</summary>
    public static readonly DiagnosticDescriptor NulByte = new(
        "XLC0009", "NulByte", "NUL byte",
        DiagnosticSeverity.Error,
        "A NUL byte (0x00) outside quotes is an unknown byte. Text files should not contain NUL bytes; the file may be binary or corrupted.",
        "Prints `lexical error` and exits with status 1.",
        "memory = 512\\0",
        "Remove the NUL byte.");

    /// <summary>XLC0010: a NUL byte inside a quoted string: xl aborts.</summary>
    public static readonly DiagnosticDescriptor NulInString = new(
        "XLC0010", "NulInString", "NUL byte inside a string (xl crashes)",
        DiagnosticSeverity.Error,
        "libxlu measures a quoted string with `strlen`, which stops at a NUL byte; an assertion then fails and xl aborts with SIGABRT (unless an earlier error already stopped the decoding of strings).",
        "Aborts: `xl: libxlu_cfg.c:607: xlu__cfgl_dequote: Assertion `len>=2 && src[0]==src[len-1]' failed.`",
        "name = \"vm\\01\"",
        "Remove the NUL byte from the string.");

    /// <summary>XLC0011: a <c>\x</c> escape, which xl always rejects.</summary>
    public static readonly DiagnosticDescriptor HexEscape = new(
        "XLC0011", "HexEscape", "Hexadecimal escape (always rejected)",
        DiagnosticSeverity.Error,
        "xl's string decoder has a hex escape `\\xHH`, but a bug makes it fail for every input.",
        "Prints `invalid digit after backslash hexnumerical character escape in quoted string` and exits with status 1.",
        "path = \"/run/\\x41.sock\"",
        "Write the character itself instead of the escape.");

    /// <summary>XLC0012: an octal escape that is too short.</summary>
    public static readonly DiagnosticDescriptor InvalidOctalEscape = new(
        "XLC0012", "InvalidOctalEscape", "Octal escape xl rejects",
        DiagnosticSeverity.Error,
        "After `\\` and an octal digit, xl's decoder needs at least two more characters that C `strtoul` (base 10) can read; otherwise the string is rejected. Even a valid-looking octal escape never produces a character (see XLC0040).",
        "Prints `invalid digit after backslash octalnumerical character escape in quoted string` and exits with status 1.",
        "name = \"a\\1\"",
        "Write the character itself; xl cannot express a byte with an octal escape.");

    /// <summary>XLC0013: an escape xl does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownEscape = new(
        "XLC0013", "UnknownEscape", "Unknown escape sequence",
        DiagnosticSeverity.Error,
        "xl decodes only `\\\" \\' \\\\ \\a \\b \\f \\n \\r \\t \\v` (and the broken octal and hex forms). Any other character after a backslash is an error since Xen 4.7 (before, the pair was silently dropped). libvirt writes Ceph paths with `\\:`, which xl rejects.",
        "Prints `invalid character after backlash in quoted string` and exits with status 1.",
        "disk = [ \"rbd:pool/img:mon_host=a\\:6789\" ]",
        "Remove the backslash, or double it (`\\\\`) to keep a literal backslash.");

    /// <summary>XLC0014: a control character outside a comment or string.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "XLC0014", "ControlCharacter", "Control character",
        DiagnosticSeverity.Error,
        "Only space and tab separate tokens. Form feed, vertical tab and other control characters are unknown bytes.",
        "Prints `lexical error` and exits with status 1.",
        "memory =\\f512",
        "Replace the character with a space (`xlchan fix` does it).");

    /// <summary>XLC0015: a non-ASCII character outside quotes.</summary>
    public static readonly DiagnosticDescriptor NonAsciiOutsideString = new(
        "XLC0015", "NonAsciiOutsideString", "Non-ASCII character outside quotes",
        DiagnosticSeverity.Error,
        "Outside quotes and comments only ASCII is allowed. Typographic quotes (“ ” ‘ ’) pasted from a document are a common cause.",
        "Prints `lexical error` and exits with status 1.",
        "name = “vm1”",
        "Use ASCII quotes (`\"` or `'`) and keep other text inside them.");

    /// <summary>XLC0016: a number with a unit or other letters glued to it.</summary>
    public static readonly DiagnosticDescriptor NumberWithSuffix = new(
        "XLC0016", "NumberWithSuffix", "Number with a unit suffix",
        DiagnosticSeverity.Error,
        "Unquoted numbers are plain digits (`[0-9][0-9a-fx]*`). A unit such as `M`, `G` or `MiB` after a number is not part of it: an upper-case suffix is a lexical error, a lower-case one reads as a second word after the value.",
        "Prints `lexical error` (upper-case suffix) or `syntax error, unexpected IDENT, expecting $end` (lower-case suffix) and exits with status 1.",
        "memory = 512M",
        "Write the plain number in the unit the setting uses (`memory` and `maxmem` are in MiB): `memory = 512`.");

    /// <summary>XLC0020: a token that cannot start a statement.</summary>
    public static readonly DiagnosticDescriptor ExpectedStatement = new(
        "XLC0020", "ExpectedStatement", "Statement does not start with a name",
        DiagnosticSeverity.Error,
        "Every statement is `name = value` or `name += value`. A value, bracket, comma or `=` at the start of a statement is a syntax error; often it is the continuation of a list whose `[` line is broken.",
        "Prints `syntax error, unexpected …, expecting $end or IDENT or NEWLINE or ';'` and exits with status 1.",
        "\"vm1\"",
        "Start the statement with a setting name: `name = \"vm1\"`.");

    /// <summary>XLC0021: a name not followed by <c>=</c> or <c>+=</c>.</summary>
    public static readonly DiagnosticDescriptor ExpectedAssignment = new(
        "XLC0021", "ExpectedAssignment", "Name without `=`",
        DiagnosticSeverity.Error,
        "A setting name must be followed by `=` or `+=`.",
        "Prints `syntax error, unexpected …, expecting += or '='` and exits with status 1.",
        "memory 512",
        "Insert `=` between the name and the value (`xlchan fix` does it).");

    /// <summary>XLC0022: an operator not followed by a value.</summary>
    public static readonly DiagnosticDescriptor ExpectedValue = new(
        "XLC0022", "ExpectedValue", "Missing value",
        DiagnosticSeverity.Error,
        "After `=` or `+=` must come a value on the same line: a quoted string, a number or a list `[ … ]`.",
        "Prints `syntax error, unexpected …, expecting STRING or NUMBER or '['` and exits with status 1 (at a line end, one line too early).",
        "memory =",
        "Give the setting a value, or delete the line.");

    /// <summary>XLC0023: a list that is not closed where it should be.</summary>
    public static readonly DiagnosticDescriptor ExpectedListEnd = new(
        "XLC0023", "ExpectedListEnd", "Malformed list",
        DiagnosticSeverity.Error,
        "Inside `[ … ]`, values are separated by commas, and the list ends with `]`. Newlines and comments may appear between items.",
        "Prints `syntax error, unexpected …, expecting ']'` and exits with status 1.",
        "vif = [ \"bridge=br0\" = ]",
        "Separate items with `,` and close the list with `]`.");

    /// <summary>XLC0024: more tokens after a complete value on the same line.</summary>
    public static readonly DiagnosticDescriptor ExpectedEndOfStatement = new(
        "XLC0024", "ExpectedEndOfStatement", "Text after a complete value",
        DiagnosticSeverity.Error,
        "A value must be followed by the end of the line, a `;` or a comment. Two statements on one line need a `;` between them. xl stops reading the file at this error: nothing after it is checked or reported by xl.",
        "Prints `syntax error, unexpected …, expecting $end`, stops parsing, and exits with status 1.",
        "memory = 512 vcpus = 2",
        "End the statement with a newline or `;`, or quote the value if it contains spaces.");

    /// <summary>XLC0025: an empty list item (leading or doubled comma).</summary>
    public static readonly DiagnosticDescriptor EmptyListItem = new(
        "XLC0025", "EmptyListItem", "Empty list item",
        DiagnosticSeverity.Error,
        "A list may end with a trailing comma (`[1,]`), but it may not start with one (`[,1]`) or contain two in a row (`[1,,2]`). To have an empty string item, write `\"\"`.",
        "Prints `syntax error, unexpected ',', expecting ']'` and exits with status 1.",
        "vif = [ , \"bridge=br0\" ]",
        "Remove the extra comma.");

    /// <summary>XLC0026: two list items without a comma between them.</summary>
    public static readonly DiagnosticDescriptor MissingComma = new(
        "XLC0026", "MissingComma", "Missing comma between list items",
        DiagnosticSeverity.Error,
        "List items must be separated by commas, even when they are on separate lines.",
        "Prints `syntax error, unexpected STRING, expecting ']'` (or NUMBER / '[') and exits with status 1.",
        "channel = [ \"connection=pty,name=a\"\\n            \"connection=pty,name=b\" ]",
        "Insert a comma after the previous item (`xlchan fix` does it when no comment stands between the items).");

    /// <summary>XLC0027: a list still open at the end of the file.</summary>
    public static readonly DiagnosticDescriptor UnclosedList = new(
        "XLC0027", "UnclosedList", "List not closed",
        DiagnosticSeverity.Error,
        "The file ends inside a list: its closing `]` is missing.",
        "Prints `syntax error, unexpected $end, expecting ']'` and exits with status 1.",
        "disk = [ \"phy:/dev/vg/vm1,xvda,w\"",
        "Add the closing `]`.");

    /// <summary>XLC0028: lists nested so deeply that xl's parser runs out of stack.</summary>
    public static readonly DiagnosticDescriptor ParserStackExhausted = new(
        "XLC0028", "ParserStackExhausted", "Nesting too deep for xl",
        DiagnosticSeverity.Error,
        "xl's generated parser keeps at most 10,000 entries on its stack, about 5,000 nested `[`. Deeper nesting makes it give up.",
        "Prints `config parsing error near `[': memory exhausted` and exits with status 1.",
        "a = [[[[ … 5,000 levels … ]]]]",
        "Flatten the list: no xl setting uses more than two levels.");

    /// <summary>XLC0029: nesting beyond the reader's configured limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "XLC0029", "NestingTooDeep", "Lists nested beyond the reader's limit",
        DiagnosticSeverity.Error,
        "The reader builds value trees up to a nesting depth limit (64 by default, `XlReaderOptions.MaxDepth`, which a library user may set up to 256: a larger value is taken as 256). Deeper lists are still checked the way xl checks them, but their values are not kept. No xl setting uses more than two levels.",
        "Reads such lists without complaint up to its own stack limit (see XLC0028).",
        "a = [[[[[[ … 65 levels … ]]]]]]",
        "Flatten the list: no xl setting nests more than two levels.");

    /// <summary>XLC0030: <c>+=</c> between a list and a string.</summary>
    public static readonly DiagnosticDescriptor AppendTypeMismatch = new(
        "XLC0030", "AppendTypeMismatch", "`+=` mixes a list and a string",
        DiagnosticSeverity.Error,
        "`+=` appends a string to a string (concatenation) or a list to a list (items appended). A list cannot be added to a string or the other way round.",
        "Prints `can't add [list] to \"string\" or vice versa` and exits with status 1.",
        "channel = \"connection=pty,name=a\"\\nchannel += [ \"connection=pty,name=b\" ]",
        "Make both values lists (`channel = [ \"…\" ]`) or both strings.");

    /// <summary>XLC0031: too many diagnostics; the rest were not recorded.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "XLC0031", "TooManyDiagnostics", "Too many diagnostics",
        DiagnosticSeverity.Error,
        "The reader, the channel analysis and the validation each stop recording diagnostics after a limit (`XlReaderOptions.MaxDiagnostics` and `ChannelOptions.MaxDiagnostics`, 1,000 each), as `import-libvirt` does for a domain XML (1,000, this entry then taking the severity of the worst one left out), so that a binary or corrupted file, or a channel item of thousands of fields, cannot flood the output. The file is still read to the end and its verdict is exact.",
        "Not applicable.",
        "(a binary file)",
        "Fix the reported problems first; check that the file is really an xl.cfg file.");

    /// <summary>XLC0040: an octal escape that xl silently drops.</summary>
    public static readonly DiagnosticDescriptor OctalEscapeVanishes = new(
        "XLC0040", "OctalEscapeVanishes", "Octal escape silently removed",
        DiagnosticSeverity.Warning,
        "xl's decoder reads `\\` + an octal digit + up to three more characters as a number, but never stores it: the escape and its digits vanish from the value. `\"A\\0123B\"` becomes `AB`.",
        "Accepts the file; the value lacks the escaped character and its digits.",
        "name = \"vm\\0101\"",
        "Write the intended character itself; xl cannot express a byte with an escape.");

    /// <summary>XLC0041: a name set more than once.</summary>
    public static readonly DiagnosticDescriptor DuplicateSetting = new(
        "XLC0041", "DuplicateSetting", "Setting assigned more than once",
        DiagnosticSeverity.Warning,
        "When a name is assigned with `=` more than once, xl silently uses the last assignment and ignores the earlier ones. Use `+=` to add to a value.",
        "Accepts the file and uses the last value.",
        "memory = 512\\nmemory = 1024",
        "Delete the assignment that should not apply, or use `+=` to extend the earlier value.");

    /// <summary>XLC0042: a single unknown byte at the very end of the file, which xl ignores.</summary>
    public static readonly DiagnosticDescriptor IgnoredLastByte = new(
        "XLC0042", "IgnoredLastByte", "Last byte silently ignored",
        DiagnosticSeverity.Warning,
        "A single unknown byte as the very last byte of the file (for example a final `\\r`, or a `#` with no newline) is dropped by xl without any message; the same byte anywhere else is an error.",
        "Accepts the file and ignores the byte.",
        "memory = 512 #",
        "Remove the byte, or end the file with a newline.");

    /// <summary>XLC0043: bytes that are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "XLC0043", "InvalidUtf8", "Invalid UTF-8",
        DiagnosticSeverity.Warning,
        "xl treats values as bytes and accepts any of them inside strings and comments, but tools that display, convert or store the configuration (xenstore, JSON, libvirt XML) expect UTF-8.",
        "Accepts the bytes inside strings and comments; outside them they are lexical errors.",
        "name = \"caf\\xE9\" (Latin-1)",
        "Save the file as UTF-8.");

    /// <summary>XLC0044: <c>+=</c> on a name that has no earlier value.</summary>
    public static readonly DiagnosticDescriptor AppendWithoutValue = new(
        "XLC0044", "AppendWithoutValue", "`+=` with nothing to add to",
        DiagnosticSeverity.Info,
        "`+=` on a name that has not been assigned before simply assigns the value. This is fine in a file meant to be combined with others, but may hide a typo in the name.",
        "Accepts the file and stores the value as if `=` had been written.",
        "extra += \"console=hvc0\"",
        "Use `=`, or check the spelling of the name.");
}
