namespace ChannelConfig.Emitters.Kvm;

/// <summary>QEMU's option syntax (QemuOpts and keyval): <c>key=value</c> pairs separated by <c>,</c>.</summary>
internal static class QemuOptionText
{
    /// <summary>Escapes a value: every <c>,</c> is doubled, which QEMU reads as one literal comma.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped value.</returns>
    public static string EscapeValue(string value) => value.Replace(",", ",,", StringComparison.Ordinal);

    /// <summary>True for a valid QEMU id: a letter, then letters, digits, <c>-</c>, <c>.</c> and <c>_</c>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when QEMU accepts it as an id.</returns>
    public static bool IsId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');

    /// <summary>True for a plausible QEMU device type name: letters, digits and <c>-</c>.</summary>
    /// <param name="device">The device type.</param>
    /// <returns>True when it needs no escaping.</returns>
    public static bool IsDeviceType(string device) =>
        device.Length > 0 && device.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
