using ChannelConfig.Syntax;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Tests.Properties;

/// <summary>Every span handed out lies inside the input, starts no later than it ends, and carries the line and column of its offsets.</summary>
internal static class SpanInvariants
{
    public static void AssertValid(SourceText source, LintResult result)
    {
        Assert.True(Enum.IsDefined(result.Verdict), $"undefined verdict {result.Verdict}");
        Assert.True(Enum.IsDefined(result.Config.Verdict), $"undefined reader verdict {result.Config.Verdict}");
        foreach (var d in result.Diagnostics)
        {
            AssertValid(source, d.Span, d.Code);
            foreach (var edit in d.Fix?.Edits ?? [])
            {
                AssertValid(source, edit.Span, d.Code + " fix");
            }
        }

        foreach (var setting in result.Config.Settings)
        {
            AssertValid(source, setting.NameSpan, "name");
            AssertValid(source, setting.OperatorSpan, "operator");
            var pending = new Stack<XlValue>([setting.Value]);
            while (pending.TryPop(out var value))
            {
                AssertValid(source, value.Span, "value");
                foreach (var item in (value as XlList)?.Items ?? [])
                {
                    pending.Push(item);
                }
            }
        }

        foreach (var field in result.Channels.ReadChannels.SelectMany(c => c.Fields))
        {
            AssertValid(source, field.Span, "channel field");
            AssertValid(source, field.KeySpan, "channel key");
            AssertValid(source, field.ValueSpan, "channel value");
        }
    }

    public static void AssertValid(SourceText source, SourceSpan span, string what)
    {
        Assert.True(
            span.Start.Offset >= 0 && span.Start.Offset <= span.End.Offset && span.End.Offset <= source.Bytes.Length,
            $"{what}: span {span.Start.Offset}..{span.End.Offset} is not inside 0..{source.Bytes.Length}");
        Assert.True(source.GetPosition(span.Start.Offset) == span.Start, $"{what}: start {span.Start} is not the position of offset {span.Start.Offset} ({source.GetPosition(span.Start.Offset)})");
        Assert.True(source.GetPosition(span.End.Offset) == span.End, $"{what}: end {span.End} is not the position of offset {span.End.Offset} ({source.GetPosition(span.End.Offset)})");
    }
}
