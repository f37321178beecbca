using ChannelConfig.Text;

namespace ChannelConfig.Diagnostics;

/// <content>Rules of the typed look-ups xl makes (XLC0050–XLC0059).</content>
public static partial class DiagnosticCatalog
{
    /// <summary>XLC0050: a list where xl expects a single value.</summary>
    public static readonly DiagnosticDescriptor ListInsteadOfValue = new(
        "XLC0050", "ListInsteadOfValue", "List where a single value is expected",
        DiagnosticSeverity.Warning,
        "The setting is read as a single string or number, but its value is a list.",
        "Prints ``warning: parameter `NAME' is a list but should be a single value`` and treats the setting as invalid.",
        "memory = [ 512 ]",
        "Remove the brackets: `memory = 512`.");

    /// <summary>XLC0050 for <paramref name="name"/>; <paramref name="xlWhere"/> is the <c>file:line</c> xl's warning starts with.</summary>
    internal static Diagnostic ListInsteadOfValueAt(SourceSpan span, string xlWhere, string name) =>
        LookupWarning(ListInsteadOfValue, span, xlWhere,
            $"parameter `{name}' is a list but should be a single value",
            $"`{name}` must be a single value, but it is a list; remove the brackets");

    /// <summary>A look-up's diagnostic, with xl's warning as xl prints it.</summary>
    private static Diagnostic LookupWarning(DiagnosticDescriptor descriptor, SourceSpan span, string xlWhere, string xl, string message) =>
        new(descriptor, span, message, $"{xlWhere}: warning: {xl}");

    /// <summary>XLC0051: a single value where xl expects a list.</summary>
    public static readonly DiagnosticDescriptor ValueInsteadOfList = new(
        "XLC0051", "ValueInsteadOfList", "Single value where a list is expected",
        DiagnosticSeverity.Warning,
        "The setting is read as a list, but its value is a single string or number.",
        "Prints ``warning: parameter `NAME' is a single value but should be a list`` and ignores the setting.",
        "disk = \"phy:/dev/vg/vm1,xvda,w\"",
        "Put the value in brackets: `disk = [ \"phy:/dev/vg/vm1,xvda,w\" ]`.");

    /// <summary>XLC0051 for <paramref name="name"/>; <paramref name="xlWhere"/> is the <c>file:line</c> xl's warning starts with.</summary>
    internal static Diagnostic ValueInsteadOfListAt(SourceSpan span, string xlWhere, string name) =>
        LookupWarning(ValueInsteadOfList, span, xlWhere,
            $"parameter `{name}' is a single value but should be a list",
            $"`{name}` must be a list, but it is a single value: xl ignores it; put it in brackets: {name} = [ ... ]");

    /// <summary>XLC0052: a value that is not a number.</summary>
    public static readonly DiagnosticDescriptor NotANumber = new(
        "XLC0052", "NotANumber", "Not a valid number",
        DiagnosticSeverity.Warning,
        "Numbers are read with C `strtol` in base 0: optional blanks and sign, then decimal, `0x` hexadecimal or `0`-prefixed octal digits, and nothing after them. `09`, `1e5`, `512M` and `\"\"` are not numbers.",
        "Prints ``warning: parameter `NAME' is not a valid number``.",
        "memory = 512M",
        "Write the number in plain digits (`memory = 512`); note that a leading 0 means octal.");

    /// <summary>XLC0052 for <paramref name="name"/> = <paramref name="shown"/>; <paramref name="xlWhere"/> is the <c>file:line</c> xl's warning starts with.</summary>
    internal static Diagnostic NotANumberAt(SourceSpan span, string xlWhere, string name, string shown) =>
        LookupWarning(NotANumber, span, xlWhere,
            $"parameter `{name}' is not a valid number",
            $"`{name}` = \"{shown}\" is not a number xl can read (C strtol: decimal, 0x hex, or 0-prefixed octal, nothing after it); write plain digits");

    /// <summary>XLC0053: a number too large for a C <c>long</c>.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "XLC0053", "NumberOutOfRange", "Number out of range",
        DiagnosticSeverity.Warning,
        "The number does not fit in a 64-bit signed integer.",
        "Prints ``warning: parameter `NAME' could not be parsed as a number: Numerical result out of range``.",
        "maxmem = 99999999999999999999",
        "Use a smaller number.");

    /// <summary>XLC0053 for <paramref name="name"/> = <paramref name="shown"/>; <paramref name="xlWhere"/> is the <c>file:line</c> xl's warning starts with.</summary>
    internal static Diagnostic NumberOutOfRangeAt(SourceSpan span, string xlWhere, string name, string shown) =>
        LookupWarning(NumberOutOfRange, span, xlWhere,
            $"parameter `{name}' could not be parsed as a number: Numerical result out of range",
            $"`{name}` = \"{shown}\" does not fit in a 64-bit number; use a smaller value");

    /// <summary>XLC0054: a number read from a <c>+=</c> setting.</summary>
    public static readonly DiagnosticDescriptor AppendToNumber = new(
        "XLC0054", "AppendToNumber", "`+=` on a numeric setting",
        DiagnosticSeverity.Warning,
        "xl refuses to read a number from a setting whose last assignment used `+=` (string concatenation would give surprising numbers: `1` then `+= 2` is `12`).",
        "Prints ``warning: can't use += with numbers for parameter `NAME'``.",
        "vcpus = 1\\nvcpus += 1",
        "Assign the final number with `=`.");

    /// <summary>XLC0054 for <paramref name="name"/>; <paramref name="xlWhere"/> is the <c>file:line</c> xl's warning starts with.</summary>
    internal static Diagnostic AppendToNumberAt(SourceSpan span, string xlWhere, string name) =>
        LookupWarning(AppendToNumber, span, xlWhere,
            $"can't use += with numbers for parameter `{name}'",
            $"`{name}` is read as a number, but its last assignment uses `+=`, which xl refuses for numbers; assign the final number with `=`");

    /// <summary>XLC0055: a number outside the bounds xl allows for the setting.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfBounds = new(
        "XLC0055", "NumberOutOfBounds", "Number outside the allowed bounds",
        DiagnosticSeverity.Warning,
        "Some settings are read with bounds; the value is below the minimum or above the maximum.",
        "Prints ``warning: value `N' is smaller than minimum bound 'MIN'`` (or greater than maximum bound).",
        "(a bounded setting with a value outside its range)",
        "Use a value within the bounds.");

    /// <summary>XLC0055: <paramref name="name"/> = <paramref name="value"/> is below the minimum or above the maximum <paramref name="bound"/>.</summary>
    internal static Diagnostic NumberOutOfBoundsAt(SourceSpan span, string xlWhere, string name, long value, long bound, bool belowMinimum) =>
        belowMinimum
            ? LookupWarning(NumberOutOfBounds, span, xlWhere,
                $"value `{value}' is smaller than minimum bound '{bound}'",
                $"`{name}` = {value} is below the minimum {bound}")
            : LookupWarning(NumberOutOfBounds, span, xlWhere,
                $"value `{value}' is greater than maximum bound '{bound}'",
                $"`{name}` = {value} is above the maximum {bound}");
}
