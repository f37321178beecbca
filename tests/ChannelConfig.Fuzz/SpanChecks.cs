using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Fuzz;

/// <summary>
/// Every position the linter hands out must lie inside the input, start no later than it ends, and
/// carry the line and column of its offset.
/// </summary>
internal static class SpanChecks
{
    public static void CheckResult(SourceText source, LintResult result)
    {
        if (!Enum.IsDefined(result.Verdict) || !Enum.IsDefined(result.Config.Verdict))
        {
            throw new InvariantException($"undefined verdict {result.Verdict}/{result.Config.Verdict}");
        }

        foreach (var d in result.Diagnostics)
        {
            Check(source, d.Span, d.Code);
            foreach (var edit in d.Fix?.Edits ?? [])
            {
                Check(source, edit.Span, d.Code + " fix");
            }
        }

        foreach (var setting in result.Config.Settings)
        {
            Check(source, setting.NameSpan, "setting name");
            Check(source, setting.OperatorSpan, "operator");
            CheckValue(source, setting.Value);
        }

        foreach (var channel in result.Channels.ReadChannels)
        {
            Check(source, channel.Span, "channel");
            foreach (var field in channel.Fields)
            {
                Check(source, field.Span, "channel field");
                Check(source, field.KeySpan, "channel key");
                Check(source, field.ValueSpan, "channel value");
            }
        }
    }

    /// <summary>Checks a value and its items, iteratively (values may nest deeply).</summary>
    private static void CheckValue(SourceText source, XlValue root)
    {
        var pending = new Stack<XlValue>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            Check(source, value.Span, "value");
            if (value is XlList list)
            {
                foreach (var item in list.Items)
                {
                    pending.Push(item);
                }
            }
        }
    }

    public static void Check(SourceText source, SourceSpan span, string what)
    {
        int length = source.Bytes.Length;
        if (span.Start.Offset < 0 || span.End.Offset > length || span.Start.Offset > span.End.Offset)
        {
            throw new InvariantException($"{what}: span {span.Start.Offset}..{span.End.Offset} is not inside 0..{length}");
        }

        CheckPosition(source, span.Start, what + " start");
        CheckPosition(source, span.End, what + " end");
    }

    private static void CheckPosition(SourceText source, SourcePosition position, string what)
    {
        var expected = source.GetPosition(position.Offset);
        if (expected != position)
        {
            throw new InvariantException($"{what}: offset {position.Offset} is at {expected.Line}:{expected.Column}, but the span says {position.Line}:{position.Column}");
        }
    }
}
