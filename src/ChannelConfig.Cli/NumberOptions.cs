using System.CommandLine;
using System.Globalization;

namespace ChannelConfig.Cli;

/// <summary>Whole-number options with a range, whose errors say the range in words (never a .NET type name).</summary>
internal static class NumberOptions
{
    /// <summary>The highest domain id a domain can have (<c>DOMID_FIRST_RESERVED - 1</c>).</summary>
    public const int MaxDomid = 32751;

    /// <summary>An option taking a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="meaning">What the number is, for the message (<c>the guest's domain id</c>).</param>
    /// <param name="hint">Said after the range when the value is out of it, or null.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given, or null when the command decides (the value is then 0).</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>The option.</returns>
    public static Option<int> InRange(string name, int min, int max, string meaning, string? hint, string description, int? defaultValue, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        DefaultValueFactory = defaultValue is { } d ? _ => d : null,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError($"{name} {text}: {meaning} is a whole number from {min} to {max}{(hint is null ? string.Empty : $" ({hint})")}");
            return min;
        },
    };
}
