using System.Text;

namespace ChannelConfig.Text;

/// <summary>
/// A text made of parts (strings, finished string builders, other deferred texts) that is joined
/// into one string only when first asked for, in one copy. xl's messages for a file of lexical
/// errors are megabytes (a line for every error), and a linter that never shows them should not
/// pay for joining them.
/// </summary>
/// <remarks>
/// Safe to share between threads once made: no builder given to it may be changed afterwards. Two
/// threads asking at once may both join the parts; they get equal strings.
/// </remarks>
internal sealed class DeferredText
{
    /// <summary>The empty text.</summary>
    public static readonly DeferredText Empty = new(string.Empty);

    private readonly object[] _parts;
    private string? _text;

    private DeferredText(string text)
    {
        _parts = [text];
        _text = text;
        Length = text.Length;
    }

    private DeferredText(object[] parts)
    {
        _parts = parts;
        foreach (var part in parts)
        {
            Length += part switch
            {
                string text => text.Length,
                StringBuilder builder => builder.Length,
                DeferredText deferred => deferred.Length,
                _ => throw new ArgumentException("a part is a string, a StringBuilder or a DeferredText", nameof(parts)),
            };
        }
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>A text that is one string.</summary>
    /// <param name="text">The string.</param>
    /// <returns>The text.</returns>
    public static DeferredText Of(string text) => text.Length == 0 ? Empty : new DeferredText(text);

    /// <summary>A text made of parts, in order.</summary>
    /// <param name="parts">Strings, string builders no one changes any more, and deferred texts.</param>
    /// <returns>The text.</returns>
    public static DeferredText Join(params object[] parts) => new([.. parts]);

    /// <summary>The text as one string, joined on the first call.</summary>
    /// <returns>The string.</returns>
    public override string ToString() => _text ??= Length == 0 ? string.Empty : string.Create(Length, this, static (span, text) => text.CopyTo(span));

    private void CopyTo(Span<char> destination)
    {
        if (_text is not null)
        {
            _text.CopyTo(destination);
            return;
        }

        int at = 0;
        foreach (var part in _parts)
        {
            switch (part)
            {
                case string text:
                    text.CopyTo(destination[at..]);
                    at += text.Length;
                    break;
                case StringBuilder builder:
                    foreach (var chunk in builder.GetChunks())
                    {
                        chunk.Span.CopyTo(destination[at..]);
                        at += chunk.Length;
                    }

                    break;
                case DeferredText deferred:
                    deferred.CopyTo(destination[at..]);
                    at += deferred.Length;
                    break;
            }
        }
    }
}
