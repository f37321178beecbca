using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Editing;

/// <summary>
/// Edits a configuration's channels without touching anything else: every change is a set of
/// replacements of byte ranges, written in the file's own style (quote character, field
/// separator, one item per line or not, indentation), and every edit is verified by reading the
/// result again: it must give the intended channels and no new errors, or it is refused.
/// </summary>
/// <remarks>An editor works on one version of a file; each operation returns a new file and leaves the editor unchanged.</remarks>
public sealed class XlConfigEditor
{
    private readonly SourceText _source;
    private readonly ChannelOptions _options;

    /// <summary>Creates an editor for a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">Xen version and domains, or null for the defaults.</param>
    public XlConfigEditor(SourceText source, ChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ChannelOptions.Default;
        Before = XlLinter.Lint(source, _options);
    }

    /// <summary>The file as it is, linted.</summary>
    public LintResult Before { get; }

    private ReadOnlySpan<byte> Bytes => _source.Bytes.Span;

    /// <summary>Adds a channel at the end of the channel list (creating <c>channel = [ … ]</c> when there is none).</summary>
    /// <param name="spec">The channel.</param>
    /// <returns>The result.</returns>
    public EditResult AddChannel(ChannelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Precondition() is string refused)
        {
            return EditResult.Refused(_source, refused);
        }

        if (spec.Connection == ChannelConnection.Pty && spec.Path is not null)
        {
            return EditResult.Refused(_source, "a pty channel has no socket path (xl ignores path= on it); drop --path, or use --connection socket");
        }

        if (ChannelSpecText.Problem(spec, _options.Version) is string problem)
        {
            return EditResult.Refused(_source, problem);
        }

        var style = DetectStyle();
        string item = Quote(ChannelSpecText.Body(spec, style.Separator), style.Quote);
        var edits = new List<TextEdit>();
        if (!Before.Config.TryGetEffective("channel", out var effective))
        {
            string prefix = Bytes.Length > 0 && Bytes[^1] != (byte)'\n' ? "\n" : string.Empty;
            edits.Add(Insert(Bytes.Length, $"{prefix}channel = [ {item} ]\n"));
        }
        else if (effective.LastSetting.Value is not XlList list)
        {
            return EditResult.Refused(_source, "`channel` is a single string, not a list; run `xlchan fix` first to put it in brackets");
        }
        else
        {
            edits.AddRange(AppendToList(list, item, style));
        }

        var expected = Model(Before.Channels.ReadChannels).Append(Model(spec)).ToList();
        return Verify(edits, expected);
    }

    /// <summary>Changes fields of the channel named <paramref name="name"/>.</summary>
    /// <param name="name">The channel's current name.</param>
    /// <param name="changes">The new values.</param>
    /// <returns>The result.</returns>
    public EditResult SetChannel(string name, ChannelChanges changes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(changes);
        if (Precondition() is string refused)
        {
            return EditResult.Refused(_source, refused);
        }

        if (FindChannel(name, out var channel) is string missing)
        {
            return EditResult.Refused(_source, missing);
        }

        var values = new List<(string Key, string Value, ChannelField? Field)>();
        if (changes.Connection is { } connection)
        {
            if (connection == ChannelConnection.Unknown)
            {
                return EditResult.Refused(_source, "the connection must be pty or socket");
            }

            values.Add(("connection", connection == ChannelConnection.Socket ? "socket" : "pty", channel.ConnectionField));
            if (connection == ChannelConnection.Socket && changes.Path is null && channel.PathField is null)
            {
                return EditResult.Refused(_source, $"a socket channel needs a path: give --path, such as /run/xen/{PrintableText.Of(name)}.sock");
            }
        }

        if (changes.Path is not null)
        {
            values.Add(("path", changes.Path, channel.PathField));
        }

        if (changes.Backend is not null)
        {
            values.Add(("backend", changes.Backend, channel.BackendField));
        }

        if (changes.Name is not null)
        {
            values.Add(("name", changes.Name, channel.NameField));
        }

        foreach (var (key, value, _) in values)
        {
            if (ChannelSpecText.Problem(key, value, _options.Version) is string problem)
            {
                return EditResult.Refused(_source, problem);
            }
        }

        var style = DetectStyle();
        char quote = (char)Bytes[channel.Span.Start.Offset];
        var edits = new List<TextEdit>();
        var notes = new List<string>();
        if (changes.Connection == ChannelConnection.Pty)
        {
            if (changes.Path is not null)
            {
                return EditResult.Refused(_source, "a pty channel has no socket path; drop --path (or keep --connection socket)");
            }

            var paths = channel.Fields.Select((f, i) => (f, i)).Where(x => x.f.Key == "path").ToList();
            foreach (var (field, i) in paths)
            {
                edits.Add(RemoveField(channel.Fields, i));
                notes.Add($"dropped path={PrintableText.Of(field.Value)} from channel `{PrintableText.Of(name)}`: a pty channel has no socket path");
            }

            if (!EditApplier.AreDisjoint(edits))
            {
                return EditResult.Refused(_source, $"channel `{PrintableText.Of(name)}` has path= fields that cannot be removed one by one; edit it by hand");
            }
        }

        var lastField = channel.Fields.Count > 0 ? channel.Fields[^1] : null;
        foreach (var (key, value, field) in values)
        {
            string escaped = ChannelSpecText.EscapeForString(value, quote);
            if (field is not null)
            {
                edits.Add(new TextEdit(field.ValueSpan, escaped));
            }
            else
            {
                int at = lastField?.Span.End.Offset ?? channel.Span.End.Offset - 1;
                edits.Add(Insert(at, $"{style.Separator}{key}={ChannelSpecText.EscapeForString(value, quote)}"));
            }
        }

        var changed = Model(channel) with
        {
            Name = changes.Name ?? channel.Name,
            Connection = changes.Connection ?? channel.Connection,
            Path = (changes.Connection ?? channel.Connection) == ChannelConnection.Socket ? changes.Path ?? channel.PathField?.Value : null,
            Backend = changes.Backend ?? channel.BackendDomname,
        };
        var expected = Model(Before.Channels.ReadChannels).Select(m => m.Index == channel.Index ? changed : m).ToList();
        return Verify(edits, expected, notes);
    }

    /// <summary>Removes the channel named <paramref name="name"/>.</summary>
    /// <param name="name">The channel's name.</param>
    /// <param name="removeEmptySetting">When the list becomes empty, remove the whole <c>channel</c> setting rather than leaving <c>channel = []</c>.</param>
    /// <returns>The result.</returns>
    public EditResult RemoveChannel(string name, bool removeEmptySetting = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Precondition() is string refused)
        {
            return EditResult.Refused(_source, refused);
        }

        if (FindChannel(name, out var channel) is string missing)
        {
            return EditResult.Refused(_source, missing);
        }

        var (setting, list, index) = FindListItem(channel.Span);
        if (list is null)
        {
            return EditResult.Refused(_source, $"cannot find the list that holds channel `{PrintableText.Of(name)}`");
        }

        var edits = new List<TextEdit>();
        if (list.Items.Count == 1)
        {
            edits.Add(removeEmptySetting && WholeLines(setting!.Span) is var (start, end) && start >= 0
                ? new TextEdit(_source.GetSpan(start, end), string.Empty)
                : new TextEdit(list.Span, "[]"));
        }
        else
        {
            edits.Add(RemoveItem(list, index));
        }

        var expected = Model(Before.Channels.ReadChannels).Where(m => m.Index != channel.Index).ToList();
        return Verify(edits, expected);
    }

    /// <summary>
    /// Applies every fix the diagnostics offer (non-overlapping ones), repeating while new fixes
    /// appear (at most three rounds: putting <c>channel</c> in a list can reveal fixes in its item,
    /// and a file xl rejects for its line endings shows its channel fixes once they are LF).
    /// A file xl accepts must have no error afterwards that it did not have; a file xl rejects
    /// (only its syntax fixes apply, each of which is certain) must not get a worse verdict.
    /// </summary>
    /// <returns>The result, with its edits expressed against the original file.</returns>
    public EditResult ApplyFixes()
    {
        var source = _source;
        var current = Before;
        var firstRound = new List<TextEdit>();
        int rounds = 0;
        int applied = 0;
        for (; rounds < 3; rounds++)
        {
            var edits = new List<TextEdit>();
            foreach (var fix in current.Diagnostics.Select(d => d.Fix).OfType<DiagnosticFix>())
            {
                if (EditApplier.AreDisjoint(edits.Concat(fix.Edits)))
                {
                    edits.AddRange(fix.Edits);
                    applied++;
                }
            }

            if (edits.Count == 0)
            {
                break;
            }

            if (rounds == 0)
            {
                firstRound = EditApplier.Order(edits);
            }

            source = new SourceText(source.Name, EditApplier.Apply(source, edits));
            current = XlLinter.Lint(source, _options);
        }

        if (Before.Config.Verdict == XlVerdict.Accepted && NewErrors(Before, current) is string worse)
        {
            return EditResult.Refused(_source, $"fixing would leave a new error ({worse}); nothing was changed");
        }

        if (current.Config.Verdict > Before.Config.Verdict)
        {
            return EditResult.Refused(_source, $"fixing would make xl's verdict worse ({Before.Config.Verdict.ToString().ToLowerInvariant()} to {current.Config.Verdict.ToString().ToLowerInvariant()}); nothing was changed");
        }

        var total = rounds <= 1 ? firstRound : [SingleEdit(source)];
        return EditResult.Done(_source, source, total, current, applied);
    }

    /// <summary>The change from the original to <paramref name="edited"/> as one replacement of the bytes that differ.</summary>
    private TextEdit SingleEdit(SourceText edited)
    {
        var a = Bytes;
        var b = edited.Bytes.Span;
        int prefix = a.CommonPrefixLength(b);
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return new TextEdit(_source.GetSpan(prefix, a.Length - suffix), ByteText.Decode(b[prefix..(b.Length - suffix)]));
    }

    private string? Precondition() =>
        Before.Config.Verdict != XlVerdict.Accepted
            ? "the file has syntax errors that xl rejects; fix them first (a file with syntax errors is never written)"
            : null;

    private string? FindChannel(string name, out DeviceChannel channel)
    {
        var matches = Before.Channels.ReadChannels.Where(c => c.Name == name).ToList();
        channel = matches.FirstOrDefault()!;
        return matches.Count switch
        {
            0 => $"no channel named `{PrintableText.Of(name)}`",
            1 => null,
            _ => $"{matches.Count} channels are named `{PrintableText.Of(name)}`; rename one first",
        };
    }

    /// <summary>Applies the edits, reads the result again, and accepts it only if it gives the expected channels and no new error.</summary>
    private EditResult Verify(List<TextEdit> edits, List<ChannelModel> expected, List<string>? notes = null)
    {
        notes ??= [];
        var ordered = EditApplier.Order(edits);
        var edited = new SourceText(_source.Name, EditApplier.Apply(_source, ordered));
        var after = XlLinter.Lint(edited, _options);
        var actual = Model(after.Channels.ReadChannels).ToList();
        if (!actual.Select(m => m with { Index = 0 }).SequenceEqual(expected.Select(m => m with { Index = 0 })))
        {
            return EditResult.Refused(_source, "the edited file would not read back to the intended channels; nothing was changed");
        }

        if (NewErrors(Before, after) is string worse)
        {
            return EditResult.Refused(_source, $"the change would introduce a new error: {worse}; nothing was changed");
        }

        notes.AddRange(NewWarnings(Before, after));
        bool same = edited.Bytes.Span.SequenceEqual(Bytes);
        return EditResult.Done(_source, edited, same ? [] : ordered, after, notes: notes);
    }

    /// <summary>The warnings whose code occurs more often after than before, described (an edit never leaves a new problem silently).</summary>
    private static IEnumerable<string> NewWarnings(LintResult before, LintResult after)
    {
        var counts = before.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in after.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Code))
        {
            if (group.Count() > counts.GetValueOrDefault(group.Key))
            {
                var d = group.Last();
                yield return $"the edited file has a new warning: {d.Code} at line {d.Span.Start.Line}: {d.Message}";
            }
        }
    }

    /// <summary>Removes field <paramref name="index"/> of a channel item with the separator before it (for the first field: the separator and blanks after it).</summary>
    private TextEdit RemoveField(IReadOnlyList<ChannelField> fields, int index)
    {
        var field = fields[index];
        return index > 0
            ? new TextEdit(_source.GetSpan(fields[index - 1].Span.End.Offset, field.Span.End.Offset), string.Empty)
            : new TextEdit(_source.GetSpan(field.Span.Start.Offset, index + 1 < fields.Count ? fields[index + 1].KeySpan.Start.Offset : field.Span.End.Offset), string.Empty);
    }

    /// <summary>The first error code that occurs more often after than before, described, or null.</summary>
    private static string? NewErrors(LintResult before, LintResult after)
    {
        var counts = before.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in after.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Code))
        {
            if (group.Count() > counts.GetValueOrDefault(group.Key))
            {
                var d = group.Last();
                return $"{d.Code} at line {d.Span.Start.Line}: {d.Message}";
            }
        }

        return null;
    }

    private List<TextEdit> AppendToList(XlList list, string item, EditStyle style)
    {
        int open = list.Span.Start.Offset;
        int close = list.Span.End.Offset - 1;
        if (list.Items.Count == 0)
        {
            bool blank = Bytes[(open + 1)..close].IndexOfAnyExcept(" \t"u8) < 0;
            return [blank ? new TextEdit(list.Span, $"[ {item} ]") : Insert(open + 1, $" {item},")];
        }

        var last = list.Items[^1];
        int lastEnd = last.Span.End.Offset;
        bool multiLine = list.Items[0].Span.Start.Line != list.Span.Start.Line || last.Span.Start.Line != list.Items[0].Span.Start.Line;
        if (!multiLine)
        {
            return [Insert(lastEnd, $"{style.ItemSeparator}{item}")];
        }

        string indent = IndentOf(last.Span.Start);
        if (list.Span.End.Line == last.Span.End.Line)
        {
            return [Insert(lastEnd, $",\n{indent}{item}")];
        }

        // The closing bracket is on a later line: add a line of our own after the last item's line.
        int lineEnd = Bytes[lastEnd..].IndexOf((byte)'\n') + lastEnd;
        int afterLast = Bytes[lastEnd..lineEnd].IndexOfAnyExcept(" \t"u8);
        bool trailingComma = afterLast >= 0 && Bytes[lastEnd + afterLast] == (byte)',';
        var edits = new List<TextEdit>();
        if (!trailingComma)
        {
            edits.Add(Insert(lastEnd, ","));
        }

        edits.Add(Insert(lineEnd + 1, $"{indent}{item}{(trailingComma ? "," : string.Empty)}\n"));
        return edits;
    }

    private TextEdit RemoveItem(XlList list, int index)
    {
        var item = list.Items[index];
        int start = item.Span.Start.Offset;
        int end = item.Span.End.Offset;

        // An item alone on its line goes with its line (and its comma and comment).
        int lineStart = LineStart(start);
        int lineEnd = Bytes[end..].IndexOf((byte)'\n');
        if (lineEnd >= 0 && Bytes[lineStart..start].IndexOfAnyExcept(" \t"u8) < 0)
        {
            lineEnd += end;
            var rest = Bytes[end..lineEnd];
            int next = rest.IndexOfAnyExcept(" \t"u8);
            bool onlyCommaOrComment = next < 0 || rest[next] == (byte)'#'
                || (rest[next] == (byte)',' && (rest[(next + 1)..].IndexOfAnyExcept(" \t"u8) is int k && (k < 0 || rest[next + 1 + k] == (byte)'#')));
            if (onlyCommaOrComment && (index > 0 || list.Items.Count > 1))
            {
                return new TextEdit(_source.GetSpan(lineStart, lineEnd + 1), string.Empty);
            }
        }

        return index + 1 < list.Items.Count
            ? new TextEdit(_source.GetSpan(start, list.Items[index + 1].Span.Start.Offset), string.Empty)
            : new TextEdit(_source.GetSpan(list.Items[index - 1].Span.End.Offset, end), string.Empty);
    }

    /// <summary>Finds the setting, list and index of the list item at <paramref name="span"/>.</summary>
    private (XlSetting? Setting, XlList? List, int Index) FindListItem(SourceSpan span)
    {
        foreach (var setting in Before.Config.Settings)
        {
            if (setting.Name == "channel" && setting.Value is XlList list)
            {
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (list.Items[i].Span == span)
                    {
                        return (setting, list, i);
                    }
                }
            }
        }

        return (null, null, -1);
    }

    /// <summary>The whole lines a span occupies, when nothing else but blanks and a comment shares them.</summary>
    private (int Start, int End) WholeLines(SourceSpan span)
    {
        int start = LineStart(span.Start.Offset);
        int newline = Bytes[span.End.Offset..].IndexOf((byte)'\n');
        int end = newline < 0 ? Bytes.Length : span.End.Offset + newline + 1;
        var before = Bytes[start..span.Start.Offset];
        var after = Bytes[span.End.Offset..(newline < 0 ? Bytes.Length : span.End.Offset + newline)];
        int next = after.IndexOfAnyExcept(" \t"u8);
        bool clean = before.IndexOfAnyExcept(" \t"u8) < 0 && (next < 0 || after[next] == (byte)'#');
        return clean ? (start, end) : (-1, -1);
    }

    private int LineStart(int offset) => Bytes[..offset].LastIndexOf((byte)'\n') + 1;

    private string IndentOf(SourcePosition position)
    {
        int start = LineStart(position.Offset);
        var prefix = Bytes[start..position.Offset];
        return prefix.IndexOfAnyExcept(" \t"u8) < 0 ? Encoding.ASCII.GetString(prefix) : "    ";
    }

    private TextEdit Insert(int offset, string text) => new(SourceSpan.At(_source.GetPosition(offset)), text);

    /// <summary>The file's style: the quote character and field separator of its channel items.</summary>
    private EditStyle DetectStyle()
    {
        var items = Before.Channels.ReadChannels;
        char quote = items.Count > 0 && Bytes[items[^1].Span.Start.Offset] is (byte)'\'' ? '\'' : '"';
        bool spaced = items.Count == 0 || items.Any(c => _source.GetText(c.Span).Contains(", ", StringComparison.Ordinal));
        string itemSeparator = ", ";
        return new EditStyle(quote, spaced ? ", " : ",", itemSeparator);
    }

    private static string Quote(string body, char quote) => $"{quote}{ChannelSpecText.EscapeForString(body, quote)}{quote}";

    private sealed record EditStyle(char Quote, string Separator, string ItemSeparator);

    /// <summary>What a channel means, for comparing before and after an edit.</summary>
    private sealed record ChannelModel(int Index, string? Name, ChannelConnection Connection, string? Path, string? Backend);

    private static ChannelModel Model(DeviceChannel c) => new(c.Index, c.Name, c.Connection, c.Connection == ChannelConnection.Socket ? c.Path : null, c.BackendDomname);

    private static IEnumerable<ChannelModel> Model(IEnumerable<DeviceChannel> channels) => channels.Select(Model);

    private static ChannelModel Model(ChannelSpec spec) => new(-1, spec.Name, spec.Connection, spec.Connection == ChannelConnection.Socket ? spec.Path : null, spec.Backend);
}
