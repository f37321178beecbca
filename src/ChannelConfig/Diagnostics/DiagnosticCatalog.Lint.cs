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

    /// <summary>XLC0301: an inline suppression names a code that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownSuppressionCode = new(
        "XLC0301", "UnknownSuppressionCode", "Suppression of an unknown code",
        DiagnosticSeverity.Error,
        "A `# xlchan: disable=` comment names something that is not a diagnostic code (`XLC` and four digits, as `xlchan explain` lists them). It silences nothing, and a misspelt code usually means the finding it was meant for is still reported, or will be.",
        "Nothing: xl ignores comments.",
        "channel = [ \"connection=pty,name=agent\" ]  # xlchan: disable=XLC120",
        "Write the code exactly as the finding shows it, such as `XLC0120`.");

    /// <summary>XLC0302: an <c># xlchan:</c> comment that is not a directive xlchan knows.</summary>
    public static readonly DiagnosticDescriptor InvalidSuppression = new(
        "XLC0302", "InvalidSuppression", "Malformed `# xlchan:` comment",
        DiagnosticSeverity.Error,
        "A comment that starts with `xlchan:` is a directive for xlchan, and this one is not one it knows. The forms are `# xlchan: disable=CODE,CODE -- reason` (this line, or the next line when the comment stands on its own line) and `# xlchan: disable-file=CODE -- reason` (the whole file).",
        "Nothing: xl ignores comments.",
        "vcpus = 2  # xlchan: disabel=XLC0120",
        "Write `# xlchan: disable=CODE` or `# xlchan: disable-file=CODE`, with at least one code.");

    /// <summary>XLC0303: a file found in a directory that is not an xl configuration.</summary>
    public static readonly DiagnosticDescriptor NotAnXlConfig = new(
        "XLC0303", "NotAnXlConfig", "Not an xl configuration file",
        DiagnosticSeverity.Info,
        "The file was found by searching a directory (its name matched the include patterns), but it is plainly another format: it has `[section]` headers, as INI and TOML files do (Python's `setup.cfg`, `tox.ini`-style files), or it is a JSON document, neither of which xl.cfg ever is. Rather than a wall of syntax errors, xlchan notes it once and does not check it further.",
        "xl would reject it: a line cannot start with `[`.",
        "[metadata]",
        "Exclude it (`exclude = [\"setup.cfg\"]` in .xlchan.toml, or --exclude), or name the file on the command line to lint it as an xl.cfg anyway.");

    /// <summary>XLC0304: xl rejects the file but every error that says why was silenced.</summary>
    public static readonly DiagnosticDescriptor RejectedWhileSilenced = new(
        "XLC0304", "RejectedWhileSilenced", "xl rejects the file, but its errors are silenced",
        DiagnosticSeverity.Error,
        "Configuration or `# xlchan: disable` comments silenced every error that explains why xl refuses this file, or crashes on it. A green lint must mean that xl accepts the file, so xlchan still fails it, pointing at the first silenced error. This finding cannot itself be turned off.",
        "Exits with status 1 (or crashes) before the domain is created.",
        "channel = [ \"connection=SOCKET,path=/run/a.sock,name=a\" ]  # xlchan: disable=XLC0107",
        "Fix the silenced error; silence only warnings and notes, or errors that xl does not stop on.");
}
