using System.Runtime.CompilerServices;
using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// Edits a configuration's channels without touching anything else: every change is a set of
/// replacements of byte ranges, written in the file's own style (quote character, field
/// separator, one item per line or not, indentation), and every edit is verified by reading the
/// result again: it must give the intended channels and no new errors, or it is refused.
/// </summary>
/// <remarks>
/// An editor works on one version of a file; each operation returns a new file and leaves the
/// editor unchanged. An operation reads the file, plans its edits, lets go of that reading and
/// only then reads the edited file to verify it, comparing it with a compact summary of the
/// original (its verdict, its findings counted by code, a digest of each channel), so that an
/// edit needs about as much memory as one lint of the file.
/// <para>Each method reads the file the editor was made for and changes nothing in it or in the editor, so one editor may serve several threads.</para>
/// </remarks>
public sealed class XlConfigEditor
{
    private readonly SourceText _source;
    private readonly ChannelOptions _options;

    /// <summary>Creates an editor for a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">The Xen release, domains and guest domid the edits are checked with, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public XlConfigEditor(SourceText source, LintOptions? options = null)
        : this(source, (options ?? LintOptions.Default).ToChannelOptions())
    {
    }

    /// <summary>Creates an editor for a file with the channel analysis's own options.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">Xen version and domains.</param>
    internal XlConfigEditor(SourceText source, ChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ChannelOptions.Default;
    }

    private ReadOnlySpan<byte> Bytes => _source.Bytes.Span;

    /// <summary>Adds a channel at the end of the channel list (creating <c>channel = [ … ]</c> when there is none).</summary>
    /// <param name="spec">The channel.</param>
    /// <returns>The result.</returns>
    public EditResult AddChannel(ChannelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Edit(before => PlanAdd(before, spec));
    }

    private EditPlan PlanAdd(LintResult before, ChannelSpec spec)
    {
        if (Precondition(before) is string refused)
        {
            return EditPlan.Refused(refused);
        }

        if (spec.Connection == ChannelConnection.Pty && spec.Path is not null)
        {
            return EditPlan.Refused("a pty channel has no socket path (xl ignores path= on it); drop --path, or use --connection socket");
        }

        if (ChannelSpecText.Problem(spec, _options.Version) is string problem)
        {
            return EditPlan.Refused(problem);
        }

        var style = DetectStyle(before);
        string item = Quote(ChannelSpecText.Body(spec, style.Separator), style.Quote);
        var edits = new List<TextEdit>();
        if (!before.Config.TryGetEffective("channel", out var effective))
        {
            string prefix = Bytes.Length > 0 && Bytes[^1] != (byte)'\n' ? "\n" : string.Empty;
            edits.Add(Insert(Bytes.Length, $"{prefix}channel = [ {item} ]\n"));
        }
        else if (effective.LastSetting.Value is not XlList list)
        {
            return EditPlan.Refused("`channel` is a single string, not a list; run `xlchan fix` first to put it in brackets");
        }
        else
        {
            edits.AddRange(AppendToList(list, item, style));
        }

        var expected = DigestList(Digests(before.Channels.ReadChannels).Append(Digest(spec)), before.Channels.ReadChannels.Count + 1);
        return new EditPlan(edits, expected, [], new FindingCounts(before));
    }

    /// <summary>Changes fields of the channel named <paramref name="name"/>.</summary>
    /// <param name="name">The channel's current name.</param>
    /// <param name="changes">The new values.</param>
    /// <returns>The result.</returns>
    public EditResult SetChannel(string name, ChannelChanges changes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(changes);
        return Edit(before => PlanSet(before, name, changes));
    }

    private EditPlan PlanSet(LintResult before, string name, ChannelChanges changes)
    {
        DeviceChannel channel = null!;
        if ((Precondition(before) ?? FindChannel(before, name, out channel)) is string refused)
        {
            return EditPlan.Refused(refused);
        }

        var values = new List<(string Key, string Value, ChannelField? Field)>();
        if (changes.Connection is { } connection)
        {
            if (connection == ChannelConnection.Unknown)
            {
                return EditPlan.Refused("the connection must be pty or socket");
            }

            values.Add(("connection", ChannelConnectionName.Of(connection), channel.ConnectionField));
            if (connection == ChannelConnection.Socket && changes.Path is null && channel.PathField is null)
            {
                return EditPlan.Refused($"a socket channel needs a path: give --path, such as /run/xen/{PrintableText.Of(name)}.sock");
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
                return EditPlan.Refused(problem);
            }
        }

        var style = DetectStyle(before);
        char quote = (char)Bytes[channel.Span.Start.Offset];
        var edits = new List<TextEdit>();
        var notes = new List<string>();
        if (changes.Connection == ChannelConnection.Pty)
        {
            if (changes.Path is not null)
            {
                return EditPlan.Refused("a pty channel has no socket path; drop --path (or keep --connection socket)");
            }

            var paths = channel.Fields.Select((f, i) => (f, i)).Where(x => x.f.Key == "path").ToList();
            foreach (var (field, i) in paths)
            {
                edits.Add(RemoveField(channel.Fields, i));
                notes.Add($"dropped path={PrintableText.Of(field.Value)} from channel `{PrintableText.Of(name)}`: a pty channel has no socket path");
            }

            if (!EditApplier.AreDisjoint(edits))
            {
                return EditPlan.Refused($"channel `{PrintableText.Of(name)}` has path= fields that cannot be removed one by one; edit it by hand");
            }
        }

        var lastField = channel.Fields.Count > 0 ? channel.Fields[^1] : null;
        foreach (var (key, value, field) in values)
        {
            string escaped = XlStringText.EscapeForString(value, quote);
            if (field is not null)
            {
                edits.Add(new TextEdit(field.ValueSpan, escaped));
            }
            else
            {
                int at = lastField?.Span.End.Offset ?? channel.Span.End.Offset - 1;
                edits.Add(Insert(at, $"{style.Separator}{key}={XlStringText.EscapeForString(value, quote)}"));
            }
        }

        var connectionAfter = changes.Connection ?? channel.Connection;
        var changed = ChannelDigest.Of(
            changes.Name ?? channel.Name,
            connectionAfter,
            connectionAfter == ChannelConnection.Socket ? changes.Path ?? channel.PathField?.Value : null,
            changes.Backend ?? channel.BackendDomname);
        var expected = DigestList(before.Channels.ReadChannels.Select(c => c.Index == channel.Index ? changed : Digest(c)), before.Channels.ReadChannels.Count);
        return new EditPlan(edits, expected, notes, new FindingCounts(before));
    }

    /// <summary>Removes the channel named <paramref name="name"/>.</summary>
    /// <param name="name">The channel's name.</param>
    /// <param name="removeEmptySetting">When the list becomes empty, remove the whole <c>channel</c> setting rather than leaving <c>channel = []</c>.</param>
    /// <returns>The result.</returns>
    public EditResult RemoveChannel(string name, bool removeEmptySetting = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Edit(before => PlanRemove(before, name, removeEmptySetting));
    }

    private EditPlan PlanRemove(LintResult before, string name, bool removeEmptySetting)
    {
        DeviceChannel channel = null!;
        if ((Precondition(before) ?? FindChannel(before, name, out channel)) is string refused)
        {
            return EditPlan.Refused(refused);
        }

        var (setting, list, index) = FindListItem(before, channel.Span);
        if (list is null)
        {
            return EditPlan.Refused($"cannot find the list that holds channel `{PrintableText.Of(name)}`");
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

        var expected = DigestList(before.Channels.ReadChannels.Where(c => c.Index != channel.Index).Select(Digest), before.Channels.ReadChannels.Count - 1);
        return new EditPlan(edits, expected, [], new FindingCounts(before));
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
        FindingCounts? original = null;
        FindingCounts current;
        IReadOnlyList<TextEdit> firstRound = [];
        var composed = new EditComposer();
        int rounds = 0;
        int applied = 0;
        while (true)
        {
            // One reading at a time: a round keeps the counts of its reading and its fixes' edits.
            var (counts, edits, fixes) = FixRound(source);
            current = counts;
            original ??= counts;
            if (edits.Count == 0 || rounds == 3)
            {
                break;
            }

            // Rounds are composed only when there is more than one (the first round's edits are
            // already against the original).
            if (rounds == 0)
            {
                firstRound = edits;
            }
            else
            {
                if (rounds == 1)
                {
                    composed.Add(firstRound);
                }

                composed.Add(edits);
            }

            applied += fixes;
            source = new SourceText(source.Name, EditApplier.ApplyOrdered(source, edits));
            rounds++;
        }

        if (original.Verdict == XlVerdict.Accepted && current.NewError(original) is string worse)
        {
            return EditResult.Refused(_source, $"fixing would leave a new error ({worse}); nothing was changed");
        }

        if (current.Verdict > original.Verdict)
        {
            return EditResult.Refused(_source, $"fixing would make xl's verdict worse ({original.Verdict.ToString().ToLowerInvariant()} to {current.Verdict.ToString().ToLowerInvariant()}); nothing was changed");
        }

        var total = rounds <= 1 ? firstRound : composed.Edits(_source, source.Bytes.Span);
        return EditResult.Done(_source, source, total, current.Verdict, current.Diagnostics, applied);
    }

    /// <summary>Reads <paramref name="source"/> and collects the fixes of its findings that do not overlap.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (FindingCounts Counts, OrderedEdits Edits, int Fixes) FixRound(SourceText source)
    {
        var result = XlLinter.Lint(source, _options);
        var fixes = new List<IReadOnlyList<TextEdit>>();
        var accepted = new DisjointEdits();
        foreach (var fix in result.Diagnostics.Select(d => d.Fix).OfType<DiagnosticFix>())
        {
            if (accepted.TryAdd(fix.Edits))
            {
                fixes.Add(fix.Edits);
            }
        }

        // The edits stay where their fixes keep them (a fix may make them when asked), in order.
        return (new FindingCounts(result), new OrderedEdits(fixes), fixes.Count);
    }

    private static string? Precondition(LintResult before) =>
        before.Config.Verdict != XlVerdict.Accepted
            ? "the file has syntax errors that xl rejects; fix them first (a file with syntax errors is never written)"
            : null;

    private static string? FindChannel(LintResult before, string name, out DeviceChannel channel)
    {
        var matches = before.Channels.ReadChannels.Where(c => c.Name == name).ToList();
        channel = matches.FirstOrDefault()!;
        return matches.Count switch
        {
            0 => $"no channel named `{PrintableText.Of(name)}`",
            1 => null,
            _ => $"{matches.Count} channels are named `{PrintableText.Of(name)}`; rename one first",
        };
    }

    /// <summary>
    /// Plans an edit from a reading of the file, then verifies it: the reading is let go before the
    /// edited file is read, so that the two are never in memory together.
    /// </summary>
    private EditResult Edit(Func<LintResult, EditPlan> plan)
    {
        var planned = Plan(plan);
        return planned.Refusal is string refusal ? EditResult.Refused(_source, refusal) : Verify(planned);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private EditPlan Plan(Func<LintResult, EditPlan> plan) => plan(XlLinter.Lint(_source, _options));

    /// <summary>Applies the edits, reads the result again, and accepts it only if it gives the expected channels and no new error.</summary>
    private EditResult Verify(EditPlan plan)
    {
        var ordered = EditApplier.Order(plan.Edits);
        var edited = new SourceText(_source.Name, EditApplier.ApplyOrdered(_source, ordered));
        var (after, intended) = ReadBack(edited, plan.Expected);
        if (!intended)
        {
            return EditResult.Refused(_source, "the edited file would not read back to the intended channels; nothing was changed");
        }

        if (after.NewError(plan.Before) is string worse)
        {
            return EditResult.Refused(_source, $"the change would introduce a new error: {worse}; nothing was changed");
        }

        var notes = plan.Notes.Concat(after.NewWarnings(plan.Before)).ToList();
        bool same = edited.Bytes.Span.SequenceEqual(Bytes);
        return EditResult.Done(_source, edited, same ? [] : ordered, after.Verdict, after.Diagnostics, notes: notes);
    }

    /// <summary>Reads the edited file: its findings counted, and whether its channels are the expected ones (compared as they are read: no list of the edited file's digests).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (FindingCounts Counts, bool Intended) ReadBack(SourceText edited, List<ChannelDigest> expected)
    {
        var result = XlLinter.Lint(edited, _options);
        return (new FindingCounts(result), Digests(result.Channels.ReadChannels).SequenceEqual(expected));
    }

    /// <summary>Removes field <paramref name="index"/> of a channel item with the separator before it (for the first field: the separator and blanks after it).</summary>
    private TextEdit RemoveField(IReadOnlyList<ChannelField> fields, int index)
    {
        var field = fields[index];
        return index > 0
            ? new TextEdit(_source.GetSpan(fields[index - 1].Span.End.Offset, field.Span.End.Offset), string.Empty)
            : new TextEdit(_source.GetSpan(field.Span.Start.Offset, index + 1 < fields.Count ? fields[index + 1].KeySpan.Start.Offset : field.Span.End.Offset), string.Empty);
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
    private static (XlSetting? Setting, XlList? List, int Index) FindListItem(LintResult before, SourceSpan span)
    {
        foreach (var setting in before.Config.Settings)
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
    private EditStyle DetectStyle(LintResult before)
    {
        var items = before.Channels.ReadChannels;
        char quote = items.Count > 0 && Bytes[items[^1].Span.Start.Offset] is (byte)'\'' ? '\'' : '"';
        bool spaced = items.Count == 0 || items.Any(c => _source.GetText(c.Span).Contains(", ", StringComparison.Ordinal));
        string itemSeparator = ", ";
        return new EditStyle(quote, spaced ? ", " : ",", itemSeparator);
    }

    private static string Quote(string body, char quote) => $"{quote}{XlStringText.EscapeForString(body, quote)}{quote}";

    private sealed record EditStyle(char Quote, string Separator, string ItemSeparator);

    private static ChannelDigest Digest(DeviceChannel c) =>
        ChannelDigest.Of(c.Name, c.Connection, c.Connection == ChannelConnection.Socket ? c.Path : null, c.BackendDomname);

    private static IEnumerable<ChannelDigest> Digests(IEnumerable<DeviceChannel> channels) => channels.Select(Digest);

    /// <summary>The digests of <paramref name="count"/> channels, in a list made at its final size (a million channels: 16 MB, not twice that while it grows).</summary>
    private static List<ChannelDigest> DigestList(IEnumerable<ChannelDigest> digests, int count)
    {
        var list = new List<ChannelDigest>(count);
        list.AddRange(digests);
        return list;
    }

    private static ChannelDigest Digest(ChannelSpec spec) =>
        ChannelDigest.Of(spec.Name, spec.Connection, spec.Connection == ChannelConnection.Socket ? spec.Path : null, spec.Backend);

    /// <summary>An edit planned from a reading of the file, or why it is refused.</summary>
    private sealed record EditPlan(List<TextEdit> Edits, List<ChannelDigest> Expected, List<string> Notes, FindingCounts Before, string? Refusal = null)
    {
        public static EditPlan Refused(string why) => new([], [], [], FindingCounts.None, why);
    }
}
