using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <content>Rules about xlchan's own comments and the files it is pointed at (XLC0300–XLC0399).</content>
public static partial class DiagnosticCatalog
{
    /// <summary>XLC0300: an inline suppression that silences nothing.</summary>
    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "XLC0300", "UnusedSuppression", "Suppression that silences nothing",
        DiagnosticSeverity.Warning,
        "A `# xlchan: disable=CODE` comment names a code that no finding on its line (or, for `disable-file=`, in the whole file) has. It is stale: the problem it silenced was fixed or moved, and left in place it would silently hide the next finding of that code. Codes turned off by the configuration are not reported here.",
        "Nothing: xl ignores comments.",
        "memory = 512  # xlchan: disable=XLC0120",
        "Remove the code from the comment, or the whole comment (`xlchan fix` can apply it).");

    /// <summary>XLC0300: <paramref name="code"/> is not reported where the suppression applies: the whole file, the line below the comment (<paramref name="targetLine"/>, 0 when none follows), or the comment's own line.</summary>
    internal static Diagnostic UnusedSuppressionAt(SourceSpan span, string code, bool wholeFile, bool nextLine, int targetLine, DiagnosticFix? fix)
    {
        string where = (wholeFile, nextLine) switch
        {
            (true, _) => "anywhere in this file",
            (_, true) when targetLine == 0 => "after this comment (no line follows it)",
            (_, true) => $"on line {targetLine}, the line this comment stands above",
            _ => "on this line",
        };
        return new(UnusedSuppression, span, $"{code} is not reported {where}: this suppression silences nothing; remove it", fix: fix);
    }

    /// <summary>XLC0301: an inline suppression names a code that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownSuppressionCode = new(
        "XLC0301", "UnknownSuppressionCode", "Suppression of an unknown code",
        DiagnosticSeverity.Error,
        "A `# xlchan: disable=` comment names something that is not a diagnostic code (`XLC` and four digits, as `xlchan explain` lists them). It silences nothing, and a misspelt code usually means the finding it was meant for is still reported, or will be.",
        "Nothing: xl ignores comments.",
        "channel = [ \"connection=pty,name=agent\" ]  # xlchan: disable=XLC120",
        "Write the code exactly as the finding shows it, such as `XLC0120`.");

    /// <summary>XLC0301 for <paramref name="code"/> (printable), with a <paramref name="suggestion"/> (empty, or a leading space and parentheses).</summary>
    internal static Diagnostic UnknownSuppressionCodeAt(SourceSpan span, string code, string suggestion) =>
        new(UnknownSuppressionCode, span, $"`{code}` is not a diagnostic code{suggestion}: this suppression silences nothing (`xlchan explain` lists the codes)");

    /// <summary>XLC0302: an <c># xlchan:</c> comment that is not a directive xlchan knows.</summary>
    public static readonly DiagnosticDescriptor InvalidSuppression = new(
        "XLC0302", "InvalidSuppression", "Malformed `# xlchan:` comment",
        DiagnosticSeverity.Error,
        "A comment that starts with `xlchan:` is a directive for xlchan, and this one is not one it knows. The forms are `# xlchan: disable=CODE,CODE -- reason` (this line, or the next line when the comment stands on its own line) and `# xlchan: disable-file=CODE -- reason` (the whole file).",
        "Nothing: xl ignores comments.",
        "vcpus = 2  # xlchan: disabel=XLC0120",
        "Write `# xlchan: disable=CODE` or `# xlchan: disable-file=CODE`, with at least one code.");

    /// <summary>XLC0302: <paramref name="text"/> (printable) is no directive; <paramref name="suggestion"/> is the one it may mean.</summary>
    internal static Diagnostic InvalidSuppressionDirectiveAt(SourceSpan span, string text, string? suggestion) =>
        new(InvalidSuppression, span,
            $"`{text}` is not a directive xlchan knows{(suggestion is null ? string.Empty : $" (did you mean `{suggestion}=`?)")}: write `# xlchan: disable=CODE` for this line or `# xlchan: disable-file=CODE` for the file");

    /// <summary>XLC0302: the directive names no code (<paramref name="noCodes"/>), or has an empty one between commas.</summary>
    internal static Diagnostic InvalidSuppressionEmptyCodeAt(SourceSpan span, bool noCodes) =>
        new(InvalidSuppression, span,
            noCodes
                ? "this directive names no code: write `# xlchan: disable=CODE` with the code the finding shows, such as XLC0302"
                : "an empty code between commas: write the codes as `XLC0302,XLC0302`");

    /// <summary>XLC0302: <paramref name="text"/> (printable) has blanks where codes should be separated by commas.</summary>
    internal static Diagnostic InvalidSuppressionCodeListAt(SourceSpan span, string text) =>
        new(InvalidSuppression, span, $"`{text}` is not a list of codes: separate codes with commas and write a reason after ` -- `, as in `# xlchan: disable=XLC0302 -- reason`");

    /// <summary>XLC0302: <paramref name="code"/> cannot be silenced by a comment.</summary>
    internal static Diagnostic InvalidSuppressionUnsilenceableAt(SourceSpan span, string code) =>
        new(InvalidSuppression, span, $"{code} cannot be silenced by a comment: turn it off in .xlchan.toml ([rules] {code} = \"off\") if you must");

    /// <summary>XLC0303: a file found in a directory that is not an xl configuration.</summary>
    public static readonly DiagnosticDescriptor NotAnXlConfig = new(
        "XLC0303", "NotAnXlConfig", "Not an xl configuration file",
        DiagnosticSeverity.Info,
        "The file was found by searching a directory (its name matched the include patterns), but it is plainly another format: it has `[section]` headers, as INI and TOML files do (Python's `setup.cfg`, `tox.ini`-style files), or it is a JSON document, neither of which xl.cfg ever is. Rather than a wall of syntax errors, xlchan notes it once and does not check it further.",
        "xl would reject it: a line cannot start with `[`.",
        "[metadata]",
        "Exclude it (`exclude = [\"setup.cfg\"]` in .xlchan.toml, or --exclude), or name the file on the command line to lint it as an xl.cfg anyway.");

    /// <summary>XLC0303 for a JSON document.</summary>
    internal static Diagnostic NotAnXlConfigJsonAt(SourceSpan span) =>
        new(NotAnXlConfig, span, "not an xl configuration: the file is a JSON document, which xl.cfg never is; it was not checked further (exclude it, or name it on the command line to lint it as an xl.cfg)");

    /// <summary>XLC0303 for the section <paramref name="header"/> (printable) on <paramref name="line"/>.</summary>
    internal static Diagnostic NotAnXlConfigSectionAt(SourceSpan span, string header, int line) =>
        new(NotAnXlConfig, span, $"not an xl configuration: `{header}` on line {line} is an INI or TOML section header, which xl.cfg never has; it was not checked further (exclude it, or name it on the command line to lint it as an xl.cfg)");

    /// <summary>XLC0304: xl rejects the file but every error that says why was silenced.</summary>
    public static readonly DiagnosticDescriptor RejectedWhileSilenced = new(
        "XLC0304", "RejectedWhileSilenced", "xl rejects the file, but its errors are silenced",
        DiagnosticSeverity.Error,
        "Configuration or `# xlchan: disable` comments silenced every error that explains why xl refuses this file, or crashes on it. A green lint must mean that xl accepts the file, so xlchan still fails it, pointing at the first silenced error. This finding cannot itself be turned off.",
        "Exits with status 1 (or crashes) before the domain is created.",
        "channel = [ \"connection=SOCKET,path=/run/a.sock,name=a\" ]  # xlchan: disable=XLC0107",
        "Fix the silenced error; silence only warnings and notes, or errors that xl does not stop on.");

    /// <summary>XLC0304: xl rejects (or <paramref name="crashes"/> on) the file, and <paramref name="silenced"/> says why.</summary>
    internal static Diagnostic RejectedWhileSilencedAt(Diagnostic silenced, bool crashes) =>
        new(RejectedWhileSilenced, silenced.Span,
            $"xl {(crashes ? "crashes on" : "rejects")} this file, but {silenced.Code} here, which says why, is silenced or made milder ({silenced.Message}); a silenced error does not make xl accept the file: fix it");
}
