namespace ChannelConfig.Syntax;

/// <summary>
/// The value xl sees for one name: the last assignment, with every <c>+=</c> after it applied.
/// </summary>
/// <param name="Name">The setting's name.</param>
/// <param name="Value">The combined value.</param>
/// <param name="LastSetting">The last assignment of the name (its line is the one xl's warnings print; its operator decides whether xl reads it as a number).</param>
/// <param name="FirstSetting">The first assignment of the name.</param>
public sealed record XlEffectiveSetting(string Name, XlValue Value, XlSetting LastSetting, XlSetting FirstSetting);
